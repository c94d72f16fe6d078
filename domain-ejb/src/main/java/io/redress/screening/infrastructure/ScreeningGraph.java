package io.redress.screening.infrastructure;

import io.redress.screening.domain.Category;
import io.redress.screening.domain.FlagsChanged;
import io.redress.screening.domain.TransactionGraph;
import io.redress.screening.domain.TransfersStored;
import io.redress.shared.infrastructure.AfterCommit;
import io.redress.shared.infrastructure.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * This instance's transaction graph: loaded from the database at start ({@link GraphLoader}, before any request), then
 * kept current by the transfers and listings this instance commits, applied as soon as they have committed (the next
 * screening sees them), and on PostgreSQL by those other instances commit, which {@link GraphFeed} follows.
 *
 * <p>A transfer must be in the graph exactly once, whichever way it comes: on PostgreSQL each batch of transfers is
 * applied under the id of the transaction that stored it, once — skipped when the graph was loaded under a snapshot
 * that already saw that transaction, or when the other way applied it first. On H2 (one instance) there is only this
 * instance's way.
 */
@ApplicationScoped
public class ScreeningGraph {

    /** Transactions applied since the last load remembered to tell a repeat: far more than the feed is ever behind. */
    static final int REMEMBERED = 100_000;
    private static final Logger LOG = Logger.getLogger(ScreeningGraph.class.getName());

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    SchemaMigration schema;

    private volatile TransactionGraph graph = new TransactionGraph();
    private volatile boolean loaded;
    private TxSnapshot loadedUnder = TxSnapshot.NONE;
    private final LinkedHashSet<Long> applied = new LinkedHashSet<>();

    public TransactionGraph graph() {
        return graph;
    }

    public boolean loaded() {
        return loaded;
    }

    /**
     * In the storing transaction: notes its id (PostgreSQL), and applies the transfers once it has committed. Not a
     * transactional observer, because the transaction's id can only be read inside it.
     */
    void onTransfers(@Observes TransfersStored stored) {
        long tx = "postgresql".equals(schema.database())
                ? ((Number) em.createNativeQuery("SELECT txid_current()").getSingleResult()).longValue() : 0;
        AfterCommit.run(transactions, () -> apply(tx, stored.edges()));
    }

    void onFlags(@Observes(during = TransactionPhase.AFTER_SUCCESS) FlagsChanged changed) {
        graph.flag(changed.categoriesByAddress()); // one pass over the transfers for the whole change
    }

    /** Adds the transfers transaction {@code tx} stored, unless the graph has them already (tx 0: no transaction id). */
    synchronized void apply(long tx, List<TransfersStored.Edge> edges) {
        if (tx != 0 && !firstTime(tx)) {
            return;
        }
        TransactionGraph g = graph;
        for (TransfersStored.Edge e : edges) {
            g.add(e.rowId(), e.asset(), e.from(), e.to(), e.amount());
        }
    }

    /** True when the graph has transaction {@code tx}'s transfers already. */
    synchronized boolean has(long tx) {
        return loadedUnder.sees(tx) || applied.contains(tx);
    }

    private boolean firstTime(long tx) {
        if (loadedUnder.sees(tx) || !applied.add(tx)) {
            return false;
        }
        if (applied.size() > REMEMBERED) {
            var oldest = applied.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** Replaces the graph with one read under {@code snapshot} (the feed's load, at start and after a lost connection). */
    synchronized void install(TransactionGraph fresh, TxSnapshot snapshot) {
        graph = fresh;
        loadedUnder = snapshot;
        applied.clear();
        loaded = true;
    }

    /** Reads every transfer and every listing in force; on H2, called once before the application answers. */
    public synchronized void load(DataSource db) throws SQLException {
        if (loaded) {
            return;
        }
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                install(read(c), TxSnapshot.NONE);
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** A new graph of every transfer and listing in force that the connection's transaction sees. */
    static TransactionGraph read(Connection c) throws SQLException {
        long started = System.nanoTime();
        TransactionGraph g = new TransactionGraph();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, asset, from_address, to_address, amount FROM chain_transfer")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    g.add(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5).doubleValue());
                }
            }
        }
        g.compact(); // each address's transfers side by side in memory: what a trace reads
        Map<String, Integer> flags = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT address, category FROM flagged_address WHERE removed_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                flags.merge(rs.getString(1), Category.valueOf(rs.getString(2)).bit(), (a, b) -> a | b);
            }
        }
        g.flag(flags);
        LOG.info(() -> "Transaction graph loaded: " + g.transfers() + " transfers, " + g.addresses() + " addresses in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return g;
    }
}
