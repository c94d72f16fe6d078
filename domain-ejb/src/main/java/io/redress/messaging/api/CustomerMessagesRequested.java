package io.redress.messaging.api;

import java.util.List;

/**
 * Many customer messages at once (a bulk job's chunk of letters): fire it with CDI's
 * {@code Event<CustomerMessagesRequested>} inside the transaction that decides them. The one outbox observes it in that
 * transaction and treats each request as it treats a {@link CustomerMessageRequested} (the same check point, the same
 * audit, a request key already queued queues nothing more), with a fixed number of statements for the batch: one query
 * for the keys already queued, one for the accounts' confidentiality, the inserts in JDBC batches.
 * <p>
 * All or nothing: when the check point stops any of them, none is queued and the requester's transaction fails
 * ({@code forbidden-term}, naming the first request stopped). A batch of one is a single request (its refusal is
 * audited on the account's timeline); a requester of many that wants each refusal recorded sends them again one at a
 * time, as a refused job chunk is.
 */
public record CustomerMessagesRequested(List<CustomerMessageRequested> requests) {

    public CustomerMessagesRequested {
        requests = List.copyOf(requests);
    }
}
