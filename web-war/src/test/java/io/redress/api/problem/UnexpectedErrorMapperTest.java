package io.redress.api.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnexpectedErrorMapperTest {

    @Test
    void aUniqueKeyBrokenAtCommitIsFoundUnderTheContainersWrappers() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint \"alert_dedup\"", "23505");
        assertTrue(UnexpectedErrorMapper.concurrentWriteLost(new EJBException(new PersistenceException("commit failed", duplicate))));
        assertTrue(UnexpectedErrorMapper.concurrentWriteLost(duplicate));
    }

    @Test
    void aDeadlockOrALockWaitRanOutIsAConcurrentWriteToRepeat() {
        assertTrue(UnexpectedErrorMapper.concurrentWriteLost(new EJBException(new PersistenceException(new SQLException("deadlock detected", "40P01")))));
        assertTrue(UnexpectedErrorMapper.concurrentWriteLost(new PersistenceException(new SQLException("canceling statement due to lock timeout", "55P03"))));
        assertTrue(UnexpectedErrorMapper.concurrentWriteLost(new SQLException("could not serialize access", "40001")));
        assertFalse(UnexpectedErrorMapper.concurrentWriteLost(new SQLException("canceling statement due to user request", "57014")));
    }

    @Test
    void otherIntegrityFailuresAndOtherErrorsAreNotConcurrentWrites() {
        assertFalse(UnexpectedErrorMapper.concurrentWriteLost(new PersistenceException(new SQLException("null value", "23502"))));
        assertFalse(UnexpectedErrorMapper.concurrentWriteLost(new PersistenceException(new SQLException("fk", "23503"))));
        assertFalse(UnexpectedErrorMapper.concurrentWriteLost(new IllegalStateException("bug")));
    }
}
