package io.redress.screening.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An approved report of an investigation as one flat table for the filing and the authority's systems: each row one
 * transfer of an evidence path, from the listed address towards the deposit's sender, beside the facts it belongs to
 * (the investigation, the account, the deposit, the decision, the category and its share, the listing). A direct
 * exposure (the sender itself is listed) has one row without a transfer. Codes stay codes (categories, decisions) so a
 * spreadsheet or a case system reads them as they are.
 */
public final class FilingReport {

    public static final List<String> COLUMNS = List.of("investigation_id", "filing_reference", "account_id", "jurisdiction",
            "opened_at", "decided_at", "facts", "deposit_chain", "deposit_asset", "deposit_tx", "deposit_sender",
            "deposit_amount", "screened_at", "decision", "covered_amount", "category", "degree", "share", "traced_amount",
            "nearest_hops", "listed_address", "list_source", "list_label", "step", "from_address", "to_address", "tx_hash",
            "output_index", "amount");

    private FilingReport() {
    }

    /** The report's rows, each as many cells as {@link #COLUMNS}; refused for an investigation without an approved report. */
    public static List<List<Object>> rows(InvestigationView i, ScreeningView s) {
        if (!i.reportApproved()) {
            throw new IllegalStateException("investigation " + i.id() + " has no approved report");
        }
        List<Object> facts = List.of(i.id(), nz(i.filingReference()), i.accountId(), nz(i.jurisdiction()), i.openedAt(),
                i.decidedAt(), nz(i.proposalReason()), s.chain(), s.asset(), s.txHash(), s.sendingAddress(),
                s.amount().toPlainString(), s.screenedAt(), s.decision(), s.coveredAmount() == null ? "" : s.coveredAmount().toPlainString());
        List<List<Object>> rows = new ArrayList<>();
        for (ScreeningView.ExposureView e : s.exposures()) {
            ScreeningView.ListingView listing = e.listings().isEmpty() ? null : e.listings().get(0);
            List<Object> exposure = new ArrayList<>(facts);
            exposure.addAll(List.of(e.category(), e.degree(), e.share().toPlainString(),
                    e.tracedAmount() == null ? "" : e.tracedAmount().toPlainString(), e.nearestHops(),
                    listing == null ? "" : listing.address(), listing == null ? "" : listing.source(),
                    listing == null ? "" : nz(listing.label())));
            if (e.path().isEmpty()) {
                List<Object> row = new ArrayList<>(exposure);
                row.addAll(List.of("", "", "", "", "", ""));
                rows.add(row);
            }
            for (int step = 0; step < e.path().size(); step++) {
                ScreeningView.PathStep p = e.path().get(step);
                List<Object> row = new ArrayList<>(exposure);
                row.addAll(List.of(step + 1, p.from(), p.to(), p.txHash(), p.outputIndex(), p.amount().toPlainString()));
                rows.add(row);
            }
        }
        return rows;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
