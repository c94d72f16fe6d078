package io.redress.messaging.api;

import io.redress.shared.domain.Actor;
import java.util.List;
import java.util.Optional;

/**
 * What a requesting context reads back from the one outbox, in its own terms: its messages about a record or an
 * account, and the views of the endpoints the outbox replaced. The caller has checked the reader may see them.
 */
public interface CustomerMessageLog {

    /** Why the check point would stop this text for this account, if it would: a preview shows it before sending. */
    Optional<Blocked> check(String accountId, String subject, String body);

    /**
     * The same check for a caller that read the account's confidentiality flag in its transaction a moment ago
     * ({@code Accounts.find}): not read again. Queuing the message still reads it ({@link CustomerMessageRequested}).
     */
    Optional<Blocked> check(boolean confidential, String subject, String body);

    /** The message queued for this request key (in the requester's transaction, right after firing the request). */
    CustomerMessageView byKey(String requestKey);

    List<CustomerMessageView> forReference(String source, String reference);

    /** Newest first, at most {@code limit}. */
    List<CustomerMessageView> forAccount(String source, String accountId, int limit);

    /** The replaced feeds: a source's messages after a legacy id, or not yet delivered, in legacy-id order. */
    List<CustomerMessageView> legacyAfter(String source, long afterLegacyId, int limit);

    List<CustomerMessageView> legacyPending(String source, int limit);

    /** Idempotent; audited the first time. Not found: {@code NotFound} named {@code entity}. */
    CustomerMessageView legacyAcknowledge(Actor actor, String role, String source, long legacyId, String entity);

    /** A forbidden term and why it may not be said to this account. */
    record Blocked(String term, String why) {
    }
}
