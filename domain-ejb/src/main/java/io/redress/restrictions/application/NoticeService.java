package io.redress.restrictions.application;

import io.redress.messaging.api.CustomerMessageLog;
import io.redress.messaging.api.CustomerMessageRequested;
import io.redress.messaging.api.CustomerMessageView;
import io.redress.restrictions.domain.NoticeView;
import io.redress.restrictions.domain.NoticeWriter;
import io.redress.shared.application.Access;
import io.redress.shared.application.Setting;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Customer notices of restrictions: requested from the one customer outbox ({@code messaging}) in the transaction of
 * the decision they announce. Also the view of the {@code /notices} feed, which the one outbox replaced: the notices
 * in their old shape and ids.
 */
@Stateless
public class NoticeService {

    public static final int MAX_BATCH = 500;
    /** The requesting context, as the one outbox files its messages. */
    public static final String SOURCE = "restrictions";
    static final String SUBJECT = "A decision about your account";

    @Inject
    Access access;
    @Inject
    CustomerMessageLog messages;
    @Inject
    Event<CustomerMessageRequested> requests;

    @Inject
    @ConfigProperty(name = Setting.APPEALS_DEADLINE_DAYS, defaultValue = "14")
    int appealDays;

    /**
     * Requests the notice in the caller's transaction: it exists exactly when the decision it announces does, and it
     * passes the same check point as every other message (a confidential account is never told a forbidden term).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void issue(Actor actor, String role, String accountId, Long restrictionId, String kind, String text,
                      boolean disclosed, Instant windowEndsAt, boolean appealable) {
        requests.fire(new CustomerMessageRequested(CustomerMessageRequested.newKey(), SOURCE, kind, accountId,
                restrictionId == null ? null : "restriction:" + restrictionId, "ACCOUNT_INBOX", null, "en", SUBJECT, text,
                null, new CustomerMessageRequested.Notice(restrictionId, disclosed, windowEndsAt,
                        appealable ? NoticeWriter.howToAppeal(appealDays) : null), actor, role, true));
    }

    /** Replaced by {@code GET /api/v1/messages?after=}: the notices after an id. */
    public List<NoticeView> after(Actor actor, long afterId, int limit) {
        access.require(actor, Permission.NOTICE_FEED);
        return messages.legacyAfter(SOURCE, afterId, limit).stream().map(NoticeService::view).toList();
    }

    public List<NoticeView> forAccount(Actor actor, String accountId) {
        access.require(actor, Permission.NOTICE_READ);
        return messages.forAccount(SOURCE, accountId, 100).stream().map(NoticeService::view).toList();
    }

    /** Replaced by {@code POST /api/v1/messages/{id}/ack}. Idempotent. */
    public NoticeView acknowledge(Actor actor, long id) {
        String role = access.require(actor, Permission.NOTICE_ACKNOWLEDGE);
        return view(messages.legacyAcknowledge(actor, role, SOURCE, id, "Notice"));
    }

    /** The shape {@code /notices} has always answered with; its id is the message's id under that feed. */
    private static NoticeView view(CustomerMessageView m) {
        return new NoticeView(m.legacyId(), m.accountId(), m.restrictionId(), m.kind(), m.body(),
                m.reasonDisclosed() == null || m.reasonDisclosed(), m.windowEndsAt(), m.howToAppeal(), m.createdAt(),
                m.deliveredAt());
    }
}
