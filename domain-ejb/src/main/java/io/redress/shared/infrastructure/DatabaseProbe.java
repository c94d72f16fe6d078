package io.redress.shared.infrastructure;

import io.redress.shared.application.DatabaseGate;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Asks PostgreSQL {@code SELECT 1} every {@link DatabaseGate#PROBE_EVERY} on a connection of its own, outside the
 * pool (a pool exhausted by load is not an outage), with short connect, login and read timeouts, and tells the
 * {@link DatabaseGate}. A silent database (a partition, a frozen host) is caught by the gate's own silence lease
 * before the read timeout ends here. On H2 (embedded: it cannot be away while the JVM runs) nothing runs.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseProbe {

    private static final Logger LOG = Logger.getLogger(DatabaseProbe.class.getName());

    @Inject
    SchemaMigration schema;
    @Inject
    DatabaseGate gate;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    OwnConnection connections;

    private final BackgroundLoop loop = new BackgroundLoop("redress-database-probe");

    @PostConstruct
    void start() {
        if (!"postgresql".equals(schema.database())) {
            return;
        }
        gate.watch();
        loop.start(threads, this::probe);
    }

    @PreDestroy
    void stop() {
        if (loop.stop()) {
            gate.unwatch();
        }
    }

    private void probe() {
        boolean away = false;
        long awaySince = 0;
        while (loop.running()) {
            gate.asking(System.nanoTime()); // connecting is asking too: a silent database hangs here
            try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT 1")) {
                while (loop.running()) {
                    long sentAt = System.nanoTime();
                    gate.asking(sentAt);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                    gate.answered(sentAt);
                    if (away) {
                        away = false;
                        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - awaySince);
                        LOG.warning(() -> "The database answers again (away for about " + seconds + " s): requests are served");
                    }
                    pause();
                }
            } catch (SQLException | RuntimeException e) {
                gate.failed(describe(e));
                if (!away && loop.running()) {
                    away = true;
                    awaySince = System.nanoTime();
                    LOG.warning(() -> "The database does not answer; requests are answered 503 until it does: " + describe(e));
                }
                pause();
            }
        }
    }

    private Connection connect() throws SQLException {
        // the gate's silence lease (1 s) closes the gate before any of these timeouts ends
        return connections.open("redress-database-probe", 5, 5, 5);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 200 ? m.substring(0, 200) : m));
    }

    private void pause() {
        loop.pause(TimeUnit.NANOSECONDS.toMillis(DatabaseGate.PROBE_EVERY));
    }
}
