package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report filed with the authority: one row per transfer of each evidence path, the facts on every row. */
class FilingReportTest {

    private static final Instant OPENED = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-20T15:30:00Z");

    private static InvestigationView investigation(InvestigationOutcome outcome, String decidedBy) {
        return new InvestigationView(7, 70, "R-1", ScreeningPolicy.Measure.FREEZE, "frozen deposit",
                decidedBy == null ? Investigation.State.REPORT_PROPOSED : Investigation.State.REPORTED, OPENED,
                OPENED.plusSeconds(30L * 86400), outcome, "Funds of the bridge exploit, two hops", "SAR-2026-0042", "ana",
                DECIDED.minusSeconds(3600), decidedBy, decidedBy == null ? null : DECIDED, null, null, null, null, 3,
                OPENED.plusSeconds(25L * 86400), "US", "US", 30, "SAR within 30 days");
    }

    private static ScreeningView screening() {
        var listing = new ScreeningView.ListingView("0xhack", "IT-INTEL", "ETH", Severity.HIGH, "bridge exploit");
        var indirect = new ScreeningView.ExposureView(Category.HACK, "INDIRECT", new BigDecimal("0.25"), BigDecimal.ZERO,
                new BigDecimal("0.25"), List.of(BigDecimal.ZERO, new BigDecimal("0.25")), new BigDecimal("1"), 2, List.of(listing),
                List.of(new ScreeningView.PathStep("0xhack", "0xmid", "0xt1", 0, new BigDecimal("1")),
                        new ScreeningView.PathStep("0xmid", "0xsender", "0xt2", 1, new BigDecimal("4"))));
        var direct = new ScreeningView.ExposureView(Category.SANCTIONS, "DIRECT", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO,
                List.of(BigDecimal.ONE), new BigDecimal("4"), 1,
                List.of(new ScreeningView.ListingView("0xsender", "OFAC", "ETH", Severity.CRITICAL, null)), List.of());
        return new ScreeningView(70, "R-1", "ETH", "ETH", "0xdeposit", "0xsender", new BigDecimal("4"),
                ScreeningPolicy.Measure.FREEZE, List.of("direct-freeze"), new BigDecimal("4"), true, List.of(indirect, direct),
                OPENED, false);
    }

    @Test
    void eachTransferOfAPathIsARowBesideTheFactsAndADirectExposureIsOneRowWithoutATransfer() {
        List<List<Object>> rows = FilingReport.rows(investigation(InvestigationOutcome.REPORT, "ben"), screening());
        assertEquals(3, rows.size());
        rows.forEach(r -> assertEquals(FilingReport.COLUMNS.size(), r.size()));
        List<Object> first = rows.get(0);
        assertEquals(7L, first.get(FilingReport.COLUMNS.indexOf("investigation_id")));
        assertEquals("SAR-2026-0042", first.get(FilingReport.COLUMNS.indexOf("filing_reference")));
        assertEquals(DECIDED, first.get(FilingReport.COLUMNS.indexOf("decided_at")));
        assertEquals("0xdeposit", first.get(FilingReport.COLUMNS.indexOf("deposit_tx")));
        assertEquals(Category.HACK, first.get(FilingReport.COLUMNS.indexOf("category")));
        assertEquals("0xhack", first.get(FilingReport.COLUMNS.indexOf("listed_address")));
        assertEquals(List.of(1, "0xhack", "0xmid", "0xt1", 0, "1"), first.subList(FilingReport.COLUMNS.indexOf("step"), first.size()));
        assertEquals(List.of(2, "0xmid", "0xsender", "0xt2", 1, "4"),
                rows.get(1).subList(FilingReport.COLUMNS.indexOf("step"), first.size()));
        List<Object> direct = rows.get(2);
        assertEquals(Category.SANCTIONS, direct.get(FilingReport.COLUMNS.indexOf("category")));
        assertEquals("", direct.get(FilingReport.COLUMNS.indexOf("list_label")), "no label: an empty cell");
        assertEquals(List.of("", "", "", "", "", ""), direct.subList(FilingReport.COLUMNS.indexOf("step"), direct.size()));
    }

    @Test
    void thereIsNoReportBeforeASecondOfficerApprovedOne() {
        assertThrows(IllegalStateException.class, () -> FilingReport.rows(investigation(InvestigationOutcome.REPORT, null), screening()));
        assertThrows(IllegalStateException.class, () -> FilingReport.rows(investigation(InvestigationOutcome.RELEASE, "ben"), screening()));
    }
}
