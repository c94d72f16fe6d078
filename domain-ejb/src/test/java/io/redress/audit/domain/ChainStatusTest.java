package io.redress.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChainStatusTest {

    @Test
    void anIntactStatusHasNoBreakAndNoProblem() {
        ChainStatus s = ChainStatus.intact(12);
        assertTrue(s.intact());
        assertEquals(12, s.entriesVerified());
        assertNull(s.firstBrokenSeq());
        assertNull(s.problem());
    }

    @Test
    void aBrokenStatusCarriesWhereAndWhy() {
        ChainStatus s = ChainStatus.broken(4, 5, "entry 5 was altered");
        assertFalse(s.intact());
        assertEquals(4, s.entriesVerified());
        assertEquals(5L, s.firstBrokenSeq());
        assertEquals("entry 5 was altered", s.problem());
    }

    @Test
    void pendingEntriesLeaveAnIntactChainIntactAndStallOnlyAfterAMinute() {
        java.time.Instant oldest = java.time.Instant.parse("2026-11-30T15:00:00Z");
        ChainStatus s = ChainStatus.intact(12).withPending(3, oldest);

        assertTrue(s.intact());
        assertEquals(3, s.pending());
        assertEquals(oldest, s.pendingSince());
        assertFalse(s.stalled(oldest.plusSeconds(59)));
        assertTrue(s.stalled(oldest.plusSeconds(61)));
    }

    @Test
    void noPendingEntryMeansNoSinceAndNoStall() {
        ChainStatus s = ChainStatus.intact(12).withPending(0, java.time.Instant.EPOCH);

        assertNull(s.pendingSince());
        assertFalse(s.stalled(java.time.Instant.now()));
    }
}
