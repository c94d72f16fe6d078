package io.redress.screening.infrastructure;

import io.redress.screening.domain.Category;
import io.redress.screening.domain.TransactionGraph;
import io.redress.screening.domain.TransfersStored;
import io.redress.shared.infrastructure.BackgroundLoop;
import io.redress.shared.infrastructure.OwnConnection;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * On PostgreSQL, keeps this instance's transaction graph current with what every instance commits: listens on the
 * channel the transfer and listing triggers announce on (migration V29), then loads the graph under a snapshot, so
 * that every transaction is either in the load or announced after it (never both: {@link ScreeningGraph#apply} skips
 * what the snapshot saw). A transfer another instance stores is in this graph a few milliseconds after its commit.
 * On its own connection, outside the pool; when that connection is lost the feed reconnects every second and loads the
 * graph afresh (announcements made while nobody listened are lost), the graph it had answering meanwhile.
 */
@ApplicationScoped
public class GraphFeed {

    public static final String CHANNEL = "redress_graph";
    private static final int WAIT_MS = 500;
    private static final long QUIET_CHECK_NANOS = 1_000_000_000L;
    private static final Logger LOG = Logger.getLogger(GraphFeed.class.getName());

    @Inject
    ScreeningGraph graph;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    OwnConnection connections;

    private final BackgroundLoop loop = new BackgroundLoop("redress-graph-feed");

    /** Listens, loads the graph (before returning: the application answers with it loaded), then follows. */
    void start(DataSource db) throws SQLException {
        Connection listening = listen();
        try {
            load(db);
        } catch (SQLException | RuntimeException e) {
            close(listening);
            throw e;
        }
        loop.start(threads, () -> follow(listening, db));
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    private void follow(Connection first, DataSource db) {
        Connection c = first;
        while (loop.running()) {
            try {
                if (c == null) {
                    c = listen();
                    load(db);
                    LOG.info("Transaction graph feed back: the graph was loaded afresh");
                }
                follow(c);
            } catch (SQLException | RuntimeException e) {
                if (loop.running()) {
                    LOG.log(Level.WARNING, "Transaction graph feed lost its connection; other instances' transfers and "
                            + "listings reach this instance again once it is back: " + e.getMessage());
                    loop.pause(1000);
                }
            } finally {
                close(c);
                c = null;
            }
        }
    }

    private void follow(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        try (PreparedStatement alive = c.prepareStatement("SELECT 1")) {
            while (loop.running()) {
                PGNotification[] got = pg.getNotifications(WAIT_MS);
                if (got != null && got.length > 0) {
                    apply(c, got);
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince > QUIET_CHECK_NANOS) {
                    alive.execute(); // a database that fell silent fails it within the socket timeout
                    quietSince = System.nanoTime();
                }
            }
        }
    }

    /** Applies announcements in commit order: transfers by their transaction, listings by their address. */
    private void apply(Connection c, PGNotification[] notifications) throws SQLException {
        Set<Long> transactions = new LinkedHashSet<>();
        Set<String> addresses = new LinkedHashSet<>();
        for (PGNotification n : notifications) {
            String p = n.getParameter();
            if (p.startsWith("t")) {
                long tx = Long.parseLong(p.substring(1));
                if (!graph.has(tx)) {
                    transactions.add(tx);
                }
            } else if (p.startsWith("a")) {
                addresses.add(p.substring(1));
            }
        }
        if (!transactions.isEmpty()) {
            Map<Long, List<TransfersStored.Edge>> byTx = new LinkedHashMap<>();
            transactions.forEach(tx -> byTx.put(tx, new ArrayList<>()));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT stored_tx, id, asset, from_address, to_address, amount FROM chain_transfer WHERE stored_tx = ANY(?) ORDER BY id")) {
                ps.setArray(1, c.createArrayOf("bigint", transactions.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byTx.get(rs.getLong(1)).add(new TransfersStored.Edge(rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getBigDecimal(6).doubleValue()));
                    }
                }
            }
            byTx.forEach(graph::apply);
        }
        if (!addresses.isEmpty()) {
            Map<String, Integer> now = new HashMap<>();
            addresses.forEach(a -> now.put(a, 0));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT address, category FROM flagged_address WHERE address = ANY(?) AND removed_at IS NULL")) {
                Array list = c.createArrayOf("varchar", addresses.toArray());
                ps.setArray(1, list);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        now.merge(rs.getString(1), Category.valueOf(rs.getString(2)).bit(), (x, y) -> x | y);
                    }
                }
            }
            TransactionGraph g = graph.graph();
            g.flag(now); // one pass over the transfers for the whole change
        }
    }

    /** The graph as of one snapshot, installed with it; every later transaction is announced to the listener. */
    private void load(DataSource db) throws SQLException {
        try (Connection c = db.getConnection()) {
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                TxSnapshot snapshot;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT txid_current_snapshot()::text")) {
                    rs.next();
                    snapshot = TxSnapshot.parse(rs.getString(1));
                }
                graph.install(ScreeningGraph.read(c), snapshot);
                c.commit();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                c.setTransactionIsolation(isolation);
            }
        }
    }

    private Connection listen() throws SQLException {
        Connection c = connections.open("redress-graph-feed", 2, 3, 3);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        }
        return c;
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "closing the graph feed's connection", e);
            }
        }
    }
}
