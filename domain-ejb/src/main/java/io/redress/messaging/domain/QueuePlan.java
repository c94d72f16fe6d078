package io.redress.messaging.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the one outbox does with a batch of requests, decided before it writes anything: which it queues (in the order
 * given), which it skips (a request key already queued, or repeated in the batch), and the first the check point
 * stops, if any (then the batch queues nothing).
 */
public final class QueuePlan {

    /** What the plan needs of a request. */
    public record Request(String requestKey, String accountId, String subject, String body) {
    }

    /** The first request stopped, and why. */
    public record Stopped(String requestKey, String accountId, MessageCheckpoint.Blocked blocked) {
    }

    /**
     * @param queue   the requests to queue, each key once, in the order given
     * @param skipped how many requests queue nothing (their key is queued already)
     * @param stopped the first request the check point stops (then nothing is queued)
     */
    public record Plan(List<Integer> queue, int skipped, Optional<Stopped> stopped) {
    }

    private QueuePlan() {
    }

    /**
     * @param queued       the request keys the outbox holds already
     * @param confidential whether an account is confidential (an unknown account counts as one, as for one message)
     */
    public static Plan of(List<Request> requests, Collection<String> queued, Predicate<String> confidential,
                          List<MessageCheckpoint.Term> terms) {
        Set<String> seen = new HashSet<>(queued);
        List<Integer> queue = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            if (!seen.add(r.requestKey())) {
                skipped++;
                continue;
            }
            Optional<MessageCheckpoint.Blocked> b = MessageCheckpoint.check(r.subject() == null ? "" : r.subject(),
                    r.body() == null ? "" : r.body(), r.accountId() != null && confidential.test(r.accountId()), terms);
            if (b.isPresent()) {
                return new Plan(List.of(), skipped, Optional.of(new Stopped(r.requestKey(), r.accountId(), b.get())));
            }
            queue.add(i);
        }
        return new Plan(List.copyOf(queue), skipped, Optional.empty());
    }
}
