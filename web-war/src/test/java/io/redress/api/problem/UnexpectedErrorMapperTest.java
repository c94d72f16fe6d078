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
        assertTrue(UnexpectedErrorMapper.uniqueKeyBroken(new EJBException(new PersistenceException("commit failed", duplicate))));
        assertTrue(UnexpectedErrorMapper.uniqueKeyBroken(duplicate));
    }

    @Test
    void aDeadlockOrALockWaitRanOutIsAConcurrentWriteToRepeat() {
        assertTrue(UnexpectedErrorMapper.uniqueKeyBroken(new EJBException(new PersistenceException(new SQLException("deadlock detected", "40P01")))));
        assertTrue(UnexpectedErrorMapper.uniqueKeyBroken(new PersistenceException(new SQLException("canceling statement due to lock timeout", "55P03"))));
        assertTrue(UnexpectedErrorMapper.uniqueKeyBroken(new SQLException("could not serialize access", "40001")));
        assertFalse(UnexpectedErrorMapper.uniqueKeyBroken(new SQLException("canceling statement due to user request", "57014")));
    }

    @Test
    void otherIntegrityFailuresAndOtherErrorsAreNotConcurrentWrites() {
        assertFalse(UnexpectedErrorMapper.uniqueKeyBroken(new PersistenceException(new SQLException("null value", "23502"))));
        assertFalse(UnexpectedErrorMapper.uniqueKeyBroken(new PersistenceException(new SQLException("fk", "23503"))));
        assertFalse(UnexpectedErrorMapper.uniqueKeyBroken(new IllegalStateException("bug")));
    }
}
