package io.redress.screening.application;

import io.redress.audit.application.AuditTrail;
import io.redress.screening.api.TransferReport;
import io.redress.screening.domain.ChainTransfer;
import io.redress.screening.domain.ScreeningRules;
import io.redress.screening.domain.TransferIntakeResult;
import io.redress.screening.domain.TransfersStored;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * On-chain transfers from the exchange, up to 1,000 a call: every row checked (addresses in the chain's formats, bad
 * rows reported by index, good rows kept), a row already stored, same chain, transaction and output, is a duplicate and
 * changes nothing (a resent batch is harmless). Kept rows reach this instance's in-memory graph when the transaction
 * commits.
 */
@Stateless
public class TransferIntake {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Event<TransfersStored> stored;
    @Inject
    Clock clock;

    public TransferIntakeResult receive(Actor actor, List<TransferReport> reports) {
        String role = access.require(actor, Permission.CHAIN_TRANSFER_RECEIVE);
        if (reports.size() > ScreeningRules.MAX_BATCH) {
            throw new InvalidInput("transfers", "at most " + ScreeningRules.MAX_BATCH + " transfers per call");
        }
        Instant now = clock.instant();
        List<TransferIntakeResult.RejectedRow> rejected = new ArrayList<>();
        List<ScreeningRules.TransferFacts> good = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            List<FieldError> errors = new ArrayList<>();
            ScreeningRules.TransferFacts t = ScreeningRules.check(reports.get(i), "transfers[" + i + "].", now, errors);
            if (t == null) {
                rejected.add(new TransferIntakeResult.RejectedRow(i, errors));
            } else {
                good.add(t);
            }
        }
        Set<String> known = known(good);
        int duplicates = 0;
        List<ChainTransfer> kept = new ArrayList<>();
        for (ScreeningRules.TransferFacts t : good) {
            if (!known.add(key(t.chain(), t.txHash(), t.outputIndex()))) {
                duplicates++;
                continue;
            }
            ChainTransfer row = new ChainTransfer(t, now);
            em.persist(row);
            kept.add(row);
        }
        if (!kept.isEmpty()) {
            em.flush();
            stored.fire(new TransfersStored(kept.stream().map(r -> new TransfersStored.Edge(r.id(), r.asset(), r.fromAddress(),
                    r.toAddress(), r.amount().doubleValue())).toList()));
            audit.record(actor, role, "CHAIN_TRANSFERS_RECEIVED", "ChainTransfers", Integer.toString(kept.size()), null, null,
                    kept.size() + " kept, " + duplicates + " already known, " + rejected.size() + " refused");
        }
        return new TransferIntakeResult(kept.size(), duplicates, rejected);
    }

    /**
     * The outputs of these rows' transactions already stored, read chain by chain: the unique index on (chain, tx_hash,
     * output_index) serves a chain and its hashes, while hashes alone made PostgreSQL read the whole table (146 ms at a
     * million transfers, and growing with them: the time a new transfer takes to be seen by screening).
     */
    private Set<String> known(List<ScreeningRules.TransferFacts> rows) {
        Map<String, Set<String>> hashesByChain = new TreeMap<>();
        rows.forEach(t -> hashesByChain.computeIfAbsent(t.chain(), c -> new TreeSet<>()).add(t.txHash()));
        Set<String> out = new HashSet<>();
        hashesByChain.forEach((chain, set) -> {
            List<String> hashes = new ArrayList<>(set);
            for (int from = 0; from < hashes.size(); from += CHUNK) {
                for (Object[] r : em.createNamedQuery(ChainTransfer.OF_TRANSACTIONS, Object[].class).setParameter("chain", chain)
                        .setParameter("hashes", hashes.subList(from, Math.min(hashes.size(), from + CHUNK))).getResultList()) {
                    out.add(key(chain, (String) r[0], ((Number) r[1]).intValue()));
                }
            }
        });
        return out;
    }

    private static String key(String chain, String tx, int index) {
        return chain + " " + tx + " " + index;
    }
}
