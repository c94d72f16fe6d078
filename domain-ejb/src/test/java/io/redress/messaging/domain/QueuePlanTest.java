package io.redress.messaging.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the one outbox queues of a batch of requests, decided before anything is written. */
class QueuePlanTest {

    private final List<MessageCheckpoint.Term> terms = List.of(new MessageCheckpoint.Term("investigation", "tipping-off"));

    private static QueuePlan.Request r(String key, String account, String body) {
        return new QueuePlan.Request(key, account, "About your keys", body);
    }

    @Test
    void everyNewKeyIsQueuedOnceInTheOrderGiven() {
        QueuePlan.Plan plan = QueuePlan.of(List.of(r("k1", "A", "hello"), r("k2", "B", "hello"), r("k1", "A", "hello"),
                r("k3", "C", "hello")), Set.of(), a -> false, terms);
        assertEquals(List.of(0, 1, 3), plan.queue());
        assertEquals(1, plan.skipped(), "a key repeated in the batch queues nothing more");
        assertTrue(plan.stopped().isEmpty());
    }

    @Test
    void aKeyAlreadyQueuedQueuesNothingMore() {
        QueuePlan.Plan plan = QueuePlan.of(List.of(r("k1", "A", "hello"), r("k2", "B", "hello")), Set.of("k1"), a -> false, terms);
        assertEquals(List.of(1), plan.queue());
        assertEquals(1, plan.skipped());
    }

    @Test
    void aForbiddenTermToAConfidentialAccountStopsTheWholeBatch() {
        QueuePlan.Plan plan = QueuePlan.of(List.of(r("k1", "A", "an investigation"), r("k2", "B", "an Investigation"),
                r("k3", "C", "hello")), Set.of(), "B"::equals, terms);
        assertEquals(List.of(), plan.queue(), "nothing is queued");
        assertEquals("k2", plan.stopped().orElseThrow().requestKey());
        assertEquals("investigation", plan.stopped().orElseThrow().blocked().term());
    }

    @Test
    void aMessageAlreadyQueuedIsNotCheckedAgain() {
        QueuePlan.Plan plan = QueuePlan.of(List.of(r("k1", "B", "an investigation"), r("k2", "A", "hello")), Set.of("k1"),
                "B"::equals, terms);
        assertEquals(List.of(1), plan.queue());
        assertTrue(plan.stopped().isEmpty());
    }
}
