package io.redress.messaging.api;

import io.redress.shared.domain.Actor;
import java.time.Instant;
import java.util.UUID;

/**
 * The published way to send a customer anything (an acknowledgement, a reply, a restriction notice; later a key
 * revocation, a screening hold, a claim decision): fire it with CDI's {@code Event<CustomerMessageRequested>} inside
 * the transaction that decides it. The one outbox observes it in that transaction: the message passes the message check
 * point (forbidden terms for a confidential account) and is queued, so it exists exactly when the decision commits. A
 * message the check point stops is refused with rule {@code forbidden-term} and the requester's transaction fails: what
 * may not be said is never queued.
 *
 * @param requestKey   unique per message, chosen by the requester (a UUID): it finds the queued message
 *                     ({@link CustomerMessageLog#byKey}) and a repeated request queues nothing more
 * @param source       the requesting context ({@code cases}, {@code restrictions}, ...): its messages, its views
 * @param kind         what the message is, upper case ({@code ACKNOWLEDGEMENT}, {@code RESTRICTION_APPLIED})
 * @param accountId    the customer account, or null (a case opened without one)
 * @param reference    the record it is about (a ticket, {@code restriction:12}), or null
 * @param channel      how the exchange delivers it ({@code EMAIL}, {@code ACCOUNT_INBOX}, ...)
 * @param contact      the address on that channel, or null for the account's own inbox
 * @param language     the customer's language ({@code en}, {@code fr}, {@code ja})
 * @param templateCode the template it was written from, or null
 * @param notice       what a restriction notice adds (the measure's window, how to appeal), or null
 * @param actor        who asks for it (the audit records it), {@code actingRole} the role they act in
 * @param freshKey     true when the requester drew the key just now for this message alone ({@link #newKey()}): no
 *                     earlier request can carry it, so the outbox does not look for one (a key repeated anyway is
 *                     still refused by its unique constraint, never queued twice); false for a key that may be sent
 *                     again, such as one derived from the decision it announces
 * @param confidentialKnown true when the requester knows the account is confidential (it made it so in this
 *                     transaction): the check point applies the forbidden terms without reading the flag. The stricter
 *                     check, so true is never wrong, only false lets the check point read the flag
 */
public record CustomerMessageRequested(String requestKey, String source, String kind, String accountId, String reference,
                                       String channel, String contact, String language, String subject, String body,
                                       String templateCode, Notice notice, Actor actor, String actingRole,
                                       boolean freshKey, boolean confidentialKnown) {

    /** A request about an account whose confidentiality the check point reads. */
    public CustomerMessageRequested(String requestKey, String source, String kind, String accountId, String reference,
                                    String channel, String contact, String language, String subject, String body,
                                    String templateCode, Notice notice, Actor actor, String actingRole, boolean freshKey) {
        this(requestKey, source, kind, accountId, reference, channel, contact, language, subject, body, templateCode,
                notice, actor, actingRole, freshKey, false);
    }

    /** A request whose key may have been sent before: the outbox queues nothing when a message already has it. */
    public CustomerMessageRequested(String requestKey, String source, String kind, String accountId, String reference,
                                    String channel, String contact, String language, String subject, String body,
                                    String templateCode, Notice notice, Actor actor, String actingRole) {
        this(requestKey, source, kind, accountId, reference, channel, contact, language, subject, body, templateCode,
                notice, actor, actingRole, false);
    }

    /** A key no request has carried yet (a random UUID), for a request made with {@code freshKey} true. */
    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** What a notice about a measure tells besides its text. */
    public record Notice(Long restrictionId, boolean reasonDisclosed, Instant windowEndsAt, String howToAppeal) {
    }
}
