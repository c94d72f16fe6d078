package io.redress.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import io.redress.shared.infrastructure.RowSetStatements;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AuditRecorder#recordAll} on H2 (its JDBC-batch path), on an in-memory database with the audit's columns and
 * the trigger that queues every inserted entry for the chain; the PostgreSQL path (one statement of arrays) runs in the
 * ITs on PostgreSQL and the keys benchmark.
 */
class AuditRecorderOnH2Test {

    private static final Instant NOW = Instant.parse("2026-12-02T07:00:00.123456Z");
    private Connection c;
    private AuditRecorder recorder;
    private final AtomicInteger flushes = new AtomicInteger();
    private final Map<Object, Object> resources = new HashMap<>();
    private Object transaction = "tx-1";

    @BeforeEach
    void database() throws SQLException {
        c = DriverManager.getConnection("jdbc:h2:mem:audit-recorder-" + System.nanoTime(), "sa", "");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE audit_entry (id BIGINT NOT NULL PRIMARY KEY, occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " actor VARCHAR(128) NOT NULL, actor_role VARCHAR(32) NOT NULL, action VARCHAR(64) NOT NULL,"
                    + " entity_type VARCHAR(64) NOT NULL, entity_id VARCHAR(128), before_state VARCHAR(100000),"
                    + " after_state VARCHAR(100000), reason VARCHAR(4000), origin VARCHAR(128) NOT NULL, account_id VARCHAR(64))");
            s.execute("CREATE TABLE audit_pending (entry_id BIGINT NOT NULL PRIMARY KEY)");
            s.execute("CREATE TRIGGER audit_entry_queued_for_chain AFTER INSERT ON audit_entry FOR EACH ROW CALL"
                    + " 'io.redress.audit.infrastructure.QueueForChainTrigger'");
        }
        AtomicLong ids = new AtomicLong(100);
        Session session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (p, m, args) -> m.getName().equals("getNextSequenceNumberValue") ? ids.incrementAndGet() : null);
        EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (p, m, args) -> switch (m.getName()) {
                    case "unwrap" -> args[0] == Connection.class ? c : session;
                    case "flush" -> {
                        flushes.incrementAndGet();
                        yield null;
                    }
                    default -> null;
                });
        recorder = new AuditRecorder();
        recorder.em = em;
        recorder.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        recorder.statements = RowSetStatements.on(em, "h2");
        recorder.transactions = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class}, (p, m, args) -> switch (m.getName()) {
                    case "getTransactionKey" -> transaction;
                    case "putResource" -> resources.put(args[0], args[1]);
                    case "getResource" -> resources.get(args[0]);
                    default -> null;
                });
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void manyEntriesAreAppendedInTheOrderGivenAndQueuedForTheChain() throws Exception {
        Actor security = new Actor("sec.ana", Set.of(Role.SECURITY), "job 7");
        recorder.recordAll(List.of(
                new AuditRecorder.Append(null, security, "SECURITY", "API_KEY_REVOKED", "ApiKey", "K-1", "{\"status\":\"ACTIVE\"}",
                        "{\"status\":\"REVOKED\"}", "Third-party incident INC-1"),
                new AuditRecorder.Append("ACC-2", Actor.system(), "SYSTEM", "CASE_OPENED", "SupportCase", "T-2", null,
                        "{\"ticket\":\"T-2\"}", null)));
        assertEquals(1, flushes.get(), "the caller's pending writes go first");
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT id, occurred_at, actor, actor_role, action, entity_type,"
                + " entity_id, before_state, after_state, reason, origin, account_id FROM audit_entry ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + "|" + rs.getObject(2, java.time.OffsetDateTime.class).toInstant() + "|"
                        + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5) + "|" + rs.getString(6) + "|"
                        + rs.getString(7) + "|" + rs.getString(8) + "|" + rs.getString(9) + "|" + rs.getString(10) + "|"
                        + rs.getString(11) + "|" + rs.getString(12));
            }
        }
        assertEquals(List.of(
                "101|2026-12-02T07:00:00.123Z|sec.ana|SECURITY|API_KEY_REVOKED|ApiKey|K-1|{\"status\":\"ACTIVE\"}|"
                        + "{\"status\":\"REVOKED\"}|Third-party incident INC-1|job 7|null",
                "102|2026-12-02T07:00:00.123Z|system|SYSTEM|CASE_OPENED|SupportCase|T-2|null|{\"ticket\":\"T-2\"}|null|"
                        + Actor.system().origin() + "|ACC-2"), rows,
                "ids from the entity's sequence in the order given, the time to the millisecond as for one entry");
        List<Long> pending = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT entry_id FROM audit_pending ORDER BY entry_id")) {
            while (rs.next()) {
                pending.add(rs.getLong(1));
            }
        }
        assertEquals(List.of(101L, 102L), pending, "each entry queued for the chainer by the database");
    }

    @Test
    void nothingIsAppendedOutsideATransactionAndNothingAskedIsNothingDone() throws Exception {
        recorder.recordAll(List.of());
        assertEquals(0, flushes.get());
        transaction = null;
        assertThrows(IllegalStateException.class, () -> recorder.recordAll(List.of(new AuditRecorder.Append(null,
                Actor.system(), "SYSTEM", "X", "Y", "1", null, null, null))));
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getLong(1));
        }
    }
}
