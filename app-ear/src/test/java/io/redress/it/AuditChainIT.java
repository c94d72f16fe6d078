package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.audit.application.AuditChainer;
import io.redress.audit.application.AuditLog;
import io.redress.audit.application.AuditTrail;
import io.redress.audit.domain.AuditHasher;
import io.redress.audit.domain.AuditFacts;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail is a hash chain: entries are inserted under no lock, the chainer links them once committed, in one
 * line with no gaps, verified end to end, and tampering is caught; entries not yet chained are pending, not broken.
 */
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
    @EJB
    AuditChainer chainer;
    @Resource(lookup = "java:app/jdbc/redress")
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;
    @Resource
    UserTransaction transaction;

    private final Actor auditor = new Actor("it-auditor", EnumSet.of(Role.AUDITOR), "127.0.0.1");

    /** Appends an entry and returns its id (its order of insertion). */
    private long append(String what) {
        return trail.record(new Actor("it-writer", EnumSet.of(Role.ADMIN), "10.1.2.3"), "ADMIN", "IT_EVENT", "Test",
                what, "{\"n\":1}", "{\"n\":2}", "integration test " + what);
    }

    /**
     * The entry's place on the chain, once it has one: chains what has committed (another chainer may hold the head's
     * lock for a moment, so it asks again for up to 10 s); null if it never gets one.
     */
    private Long seqOf(long entryId) throws SQLException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        do {
            chainer.catchUpQuietly();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT seq FROM audit_link WHERE entry_id = ?")) {
                ps.setLong(1, entryId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            Thread.sleep(20);
        } while (System.nanoTime() < until);
        return null;
    }

    private long chained(String what) throws SQLException, InterruptedException {
        return seqOf(append(what));
    }

    private long count(String sql, long... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setLong(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void appendedEntriesAreChainedInCommitOrderAndVerifyAsIntact() throws Exception {
        long first = chained(UUID.randomUUID().toString());
        long second = chained(UUID.randomUUID().toString());
        assertTrue(second > first, first + " then " + second);
        ChainStatus status = log.verify(auditor);
        assertTrue(status.intact(), status.toString());
        assertTrue(status.entriesVerified() >= second);
    }

    @Test
    void appendsOfOneTransactionAreChainedTogetherAndVerify() throws Exception {
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
        assertTrue(seqOf(second) > seqOf(first), "in the order they were appended");
        ChainStatus status = log.verify(auditor);
        assertTrue(status.intact(), status.toString());
    }

    @Test
    void aWriterDoesNotWaitForAnotherWritersCommitAndTheLateCommitIsChainedAfterIt() throws Exception {
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Long> slow = executor.submit(() -> {
            transaction.begin();
            long id = append("late-" + UUID.randomUUID());
            appended.countDown();
            release.await(30, TimeUnit.SECONDS);
            transaction.commit();
            return id;
        });
        try {
            assertTrue(appended.await(30, TimeUnit.SECONDS));
            // before, the open transaction held the chain's lock and this append waited for its commit
            Future<Long> fast = executor.submit(() -> append("early-" + UUID.randomUUID()));
            long fastId = fast.get(5, TimeUnit.SECONDS);
            Long fastSeq = seqOf(fastId);
            assertNotNull(fastSeq, "committed, so chained, while the other writer is still open");
            release.countDown();
            long slowId = slow.get(30, TimeUnit.SECONDS);
            assertTrue(slowId < fastId, "the late one was inserted first");
            assertTrue(seqOf(slowId) > fastSeq, "and is chained after the one that committed before it");
        } finally {
            release.countDown();
        }
        assertTrue(log.verify(auditor).intact());
    }

    @Test
    void concurrentWritersAreAllChainedExactlyOnceWithNoGaps() throws Exception {
        List<Callable<List<Long>>> writers = new ArrayList<>();
        for (int w = 0; w < 16; w++) {
            int writer = w;
            writers.add(() -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    if (i % 5 == 0) { // some requests append twice, in one transaction
                        transaction.begin();
                        ids.add(append("concurrent-" + writer + "-" + UUID.randomUUID()));
                        ids.add(append("concurrent-" + writer + "-" + UUID.randomUUID()));
                        transaction.commit();
                    } else {
                        ids.add(append("concurrent-" + writer + "-" + UUID.randomUUID()));
                    }
                }
                return ids;
            });
        }
        List<Long> ids = new ArrayList<>();
        for (Future<List<Long>> f : executor.invokeAll(writers)) {
            ids.addAll(f.get());
        }
        assertEquals(16 * 30, ids.size());
        TreeSet<Long> seqs = new TreeSet<>();
        for (long id : ids) {
            Long seq = seqOf(id);
            assertNotNull(seq, "entry " + id + " is chained");
            seqs.add(seq);
            assertEquals(1, count("SELECT COUNT(*) FROM audit_link WHERE entry_id = ?", id), "exactly once");
        }
        assertEquals(ids.size(), seqs.size(), "every entry has a place of its own");
        assertEquals(seqs.last() - seqs.first() + 1,
                count("SELECT COUNT(*) FROM audit_link WHERE seq BETWEEN ? AND ?", seqs.first(), seqs.last()),
                "no gap between them (other entries may sit in between)");
        ChainStatus status = log.verify(auditor);
        assertTrue(status.intact(), status.toString());
    }

    @Test
    void theApplicationCannotUpdateOrDeleteAuditEntriesOrTheirLinks() throws Exception {
        long id = append(UUID.randomUUID().toString());
        long seq = seqOf(id);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_entry SET reason = 'x' WHERE id = " + id));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry WHERE id = " + id));
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_link SET hash = prev_hash WHERE seq = " + seq));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_link WHERE seq = " + seq));
        }
        assertTrue(log.verify(auditor).intact());
    }

    @Test
    void anUpdatedRowIsDetectedAtItsSequenceNumber() throws Exception {
        long seq = chained(UUID.randomUUID().toString());
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
        long seq = chained(UUID.randomUUID().toString());
        chained(UUID.randomUUID().toString());
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
        long a = chained(UUID.randomUUID().toString());
        long b = chained(UUID.randomUUID().toString());
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
    void anEntrySlippedIntoTheChainWithARecomputedHashBreaksTheNextLink() throws Exception {
        long seq = chained(UUID.randomUUID().toString());
        chained(UUID.randomUUID().toString());
        try (DatabaseTamperer dba = new DatabaseTamperer(dataSource)) {
            Map<String, Object> original = dba.row(seq);
            Instant at = Instant.parse("2026-01-01T00:00:00Z");
            String forgedId = "forged-" + UUID.randomUUID();
            long forged = dba.insertUnchained(forgedId, at);
            // the forger knows the hash function: the forged entry recomputes, the next one no longer links
            AuditFacts facts = new AuditFacts(at, "rogue-dba", "ADMIN", "IT_FORGED", "Test", forgedId, null, null,
                    null, "127.0.0.1");
            String prev = (String) original.get("link.prev_hash");
            dba.relink(seq, forged, AuditHasher.hash(seq, facts, prev));
            try {
                ChainStatus status = log.verify(auditor);
                assertFalse(status.intact());
                assertEquals(seq + 1, status.firstBrokenSeq());
                assertTrue(status.problem().contains("does not link"), status.problem());
            } finally {
                dba.relink(seq, ((Number) original.get("id")).longValue(), (String) original.get("link.hash"));
                dba.deleteUnchained(forged);
            }
        }
        assertTrue(log.verify(auditor).intact(), "restored");
    }

    @Test
    void anEntryTheChainerNeverLinkedIsPendingNotBrokenAndStalledAfterAMinute() throws Exception {
        try (DatabaseTamperer dba = new DatabaseTamperer(dataSource)) {
            Instant twoMinutesAgo = Instant.now().minusSeconds(120);
            long lost = dba.insertUnchained("lost-" + UUID.randomUUID(), twoMinutesAgo);
            try {
                ChainStatus status = log.verify(auditor);
                assertTrue(status.intact(), "a committed entry waiting for the chain is no tampering: " + status);
                assertTrue(status.pending() >= 1, status.toString());
                assertNotNull(status.pendingSince());
                assertFalse(status.pendingSince().isAfter(twoMinutesAgo.plusMillis(1)), status.toString());
                assertTrue(status.stalled(Instant.now()), "waiting for over a minute is a fault to report");
            } finally {
                dba.deleteUnchained(lost);
            }
        }
        ChainStatus after = log.verify(auditor);
        assertTrue(after.intact());
        assertFalse(after.stalled(Instant.now()), "removed: " + after);
    }

    @Test
    void onlyAuditorsMayVerify() {
        Actor agent = new Actor("it-agent", EnumSet.of(Role.AGENT), "127.0.0.1");
        assertThrows(io.redress.shared.domain.AccessDenied.class, () -> log.verify(agent));
    }
}
