package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.audit.application.AuditLog;
import io.redress.audit.application.AuditTrail;
import io.redress.audit.domain.ChainStatus;
import io.redress.it.support.DatabaseTamperer;
import io.redress.it.support.RedressDeployment;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail is a hash chain: appended in one line, verified end to end, and tampering is caught. */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    @EJB
    AuditTrail trail;
    @EJB
    AuditLog log;
    @Resource(lookup = "java:app/jdbc/redress")
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;
    @Resource
    UserTransaction transaction;

    private final Actor auditor = new Actor("it-auditor", EnumSet.of(Role.AUDITOR), "127.0.0.1");

    private long append(String what) {
        return trail.record(new Actor("it-writer", EnumSet.of(Role.ADMIN), "10.1.2.3"), "ADMIN", "IT_EVENT", "Test",
                what, "{\"n\":1}", "{\"n\":2}", "integration test " + what);
    }

    @Test
    void appendedEntriesVerifyAsIntact() {
        long first = append(UUID.randomUUID().toString());
        long second = append(UUID.randomUUID().toString());
        assertEquals(first + 1, second, "sequence numbers have no gaps");
        ChainStatus status = log.verify(auditor);
        assertTrue(status.intact(), status.toString());
        assertTrue(status.entriesVerified() >= second);
    }

    @Test
    void appendsOfOneTransactionFollowEachOtherAndVerify() throws Exception {
        // the second append reuses the chain lock the first took: no flush, no second lock, one batch at commit
        transaction.begin();
        long first;
        long second;
        try {
            first = append(UUID.randomUUID().toString());
            second = append(UUID.randomUUID().toString());
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();
        assertEquals(first + 1, second);
        append(UUID.randomUUID().toString());
        ChainStatus status = log.verify(auditor);
        assertTrue(status.intact(), status.toString());
    }

    @Test
    void concurrentWritersKeepTheChainLinear() throws Exception {
        List<Callable<List<Long>>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            writers.add(() -> {
                List<Long> seqs = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    seqs.add(append("concurrent-" + UUID.randomUUID()));
                }
                return seqs;
            });
        }
        TreeSet<Long> all = new TreeSet<>();
        for (Future<List<Long>> f : executor.invokeAll(writers)) {
            all.addAll(f.get());
        }
        assertEquals(160, all.size(), "every append got its own sequence number");
        assertEquals(all.first() + 159, all.last(), "and they are contiguous");
        ChainStatus status = log.verify(auditor);
        assertTrue(status.intact(), status.toString());
    }

    @Test
    void theApplicationCannotUpdateOrDeleteAuditEntries() throws Exception {
        long seq = append(UUID.randomUUID().toString());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_entry SET reason = 'x' WHERE seq = " + seq));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry WHERE seq = " + seq));
        }
        assertTrue(log.verify(auditor).intact());
    }

    @Test
    void anUpdatedRowIsDetectedAtItsSequenceNumber() throws Exception {
        long seq = append(UUID.randomUUID().toString());
        append(UUID.randomUUID().toString());
        try (DatabaseTamperer dba = new DatabaseTamperer(dataSource)) {
            String original = (String) dba.row(seq).get("reason");
            dba.setReason(seq, "nothing happened here");
            try {
                ChainStatus status = log.verify(auditor);
                assertFalse(status.intact());
                assertEquals(seq, status.firstBrokenSeq());
                assertTrue(status.problem().contains("altered"), status.problem());
            } finally {
                dba.setReason(seq, original);
            }
        }
        assertTrue(log.verify(auditor).intact(), "restored");
    }

    @Test
    void aDeletedRowIsDetectedAtItsSequenceNumber() throws Exception {
        long seq = append(UUID.randomUUID().toString());
        append(UUID.randomUUID().toString());
        try (DatabaseTamperer dba = new DatabaseTamperer(dataSource)) {
            Map<String, Object> row = dba.row(seq);
            dba.delete(seq);
            try {
                ChainStatus status = log.verify(auditor);
                assertFalse(status.intact());
                assertEquals(seq, status.firstBrokenSeq());
                assertTrue(status.problem().contains("missing"), status.problem());
            } finally {
                dba.insert(row);
            }
        }
        assertTrue(log.verify(auditor).intact(), "restored");
    }

    @Test
    void swappedRowsAreDetectedAtTheFirstOfThem() throws Exception {
        long a = append(UUID.randomUUID().toString());
        long b = append(UUID.randomUUID().toString());
        try (DatabaseTamperer dba = new DatabaseTamperer(dataSource)) {
            Map<String, Object> rowA = dba.row(a);
            Map<String, Object> rowB = dba.row(b);
            dba.overwrite(a, rowB);
            dba.overwrite(b, rowA);
            try {
                ChainStatus status = log.verify(auditor);
                assertFalse(status.intact());
                assertEquals(a, status.firstBrokenSeq());
            } finally {
                dba.overwrite(a, rowA);
                dba.overwrite(b, rowB);
            }
        }
        assertTrue(log.verify(auditor).intact(), "restored");
    }

    @Test
    void onlyAuditorsMayVerify() {
        Actor agent = new Actor("it-agent", EnumSet.of(Role.AGENT), "127.0.0.1");
        assertThrows(io.redress.shared.domain.AccessDenied.class, () -> log.verify(agent));
    }
}
