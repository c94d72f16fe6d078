package io.redress.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaBucketTest {

    @Test
    void everyClockStateIsInExactlyOneBucket() {
        Set<SlaClock.State> seen = EnumSet.noneOf(SlaClock.State.class);
        for (SlaBucket b : SlaBucket.values()) {
            for (SlaClock.State s : b.states()) {
                assertTrue(seen.add(s), s + " is in two buckets");
                assertEquals(b, SlaBucket.of(s));
            }
        }
        assertEquals(EnumSet.allOf(SlaClock.State.class), seen);
    }

    @Test
    void aPersonReadsBreachedDueSoonOrOnTime() {
        assertEquals(SlaBucket.BREACHED, SlaBucket.of(SlaClock.State.BREACHED));
        assertEquals(SlaBucket.DUE_SOON, SlaBucket.of(SlaClock.State.WARNING));
        assertEquals(SlaBucket.ON_TIME, SlaBucket.of(SlaClock.State.RUNNING));
        assertEquals(SlaBucket.ON_TIME, SlaBucket.of(SlaClock.State.PAUSED), "waiting on the customer is not late");
    }

    @Test
    void theQueuesSlaFilterTakesABucketOrOneState() {
        assertEquals(EnumSet.of(SlaClock.State.RUNNING, SlaClock.State.PAUSED, SlaClock.State.MET),
                SlaBucket.statesFor("ON_TIME").orElseThrow());
        assertEquals(EnumSet.of(SlaClock.State.WARNING), SlaBucket.statesFor("DUE_SOON").orElseThrow());
        assertEquals(EnumSet.of(SlaClock.State.PAUSED), SlaBucket.statesFor("PAUSED").orElseThrow());
        assertTrue(SlaBucket.statesFor("LATE").isEmpty());
        assertTrue(SlaBucket.statesFor(null).isEmpty());
    }

    @Test
    void aQueueFilterAcceptsBucketsAndAnAssignee() {
        assertTrue(new QueueFilter(null, "ACTIVE", null, null, "ON_TIME", null, "agent7").check().isEmpty());
        assertEquals(1, new QueueFilter(null, null, null, null, "SOON", null, null).check().size());
        assertEquals(1, new QueueFilter(null, null, null, null, null, null, "x".repeat(65)).check().size());
        assertEquals(1, new QueueFilter(null, null, null, null, null, null, " ").check().size());
    }
}
