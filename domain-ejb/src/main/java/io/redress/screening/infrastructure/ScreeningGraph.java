package io.redress.screening.infrastructure;

import io.redress.screening.domain.Category;
import io.redress.screening.domain.FlagsChanged;
import io.redress.screening.domain.TransactionGraph;
import io.redress.screening.domain.TransfersStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * This instance's transaction graph: loaded from the database at start ({@link GraphLoader}, before any request), then
 * kept current by the transfers and listings this instance commits, applied as soon as they have committed (the next
 * screening sees them). Another instance's commits are not seen here until a restart (README, known issues).
 */
@ApplicationScoped
public class ScreeningGraph {

    private static final Logger LOG = Logger.getLogger(ScreeningGraph.class.getName());
    private final TransactionGraph graph = new TransactionGraph();
    private volatile boolean loaded;

    public TransactionGraph graph() {
        return graph;
    }

    public boolean loaded() {
        return loaded;
    }

    void onTransfers(@Observes(during = TransactionPhase.AFTER_SUCCESS) TransfersStored stored) {
        for (TransfersStored.Edge e : stored.edges()) {
            graph.add(e.rowId(), e.asset(), e.from(), e.to(), e.amount());
        }
    }

    void onFlags(@Observes(during = TransactionPhase.AFTER_SUCCESS) FlagsChanged changed) {
        changed.categoriesByAddress().forEach(graph::flag);
    }

    /** Reads every transfer and every listing in force; called once, before the application answers. */
    public synchronized void load(DataSource db) throws SQLException {
        if (loaded) {
            return;
        }
        long started = System.nanoTime();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT id, asset, from_address, to_address, amount FROM chain_transfer")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        graph.add(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5).doubleValue());
                    }
                }
            }
            graph.compact(); // each address's transfers side by side in memory: what a trace reads
            Map<String, Integer> flags = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT address, category FROM flagged_address WHERE removed_at IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    flags.merge(rs.getString(1), Category.valueOf(rs.getString(2)).bit(), (a, b) -> a | b);
                }
            }
            flags.forEach(graph::flag);
            c.commit();
        }
        loaded = true;
        LOG.info(() -> "Transaction graph loaded: " + graph.transfers() + " transfers, " + graph.addresses() + " addresses in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
