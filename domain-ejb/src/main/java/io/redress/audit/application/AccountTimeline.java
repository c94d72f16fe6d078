package io.redress.audit.application;

import io.redress.audit.api.AuditFilter;
import io.redress.audit.api.ExportedEntry;
import io.redress.audit.api.TimelineEntry;
import io.redress.audit.api.TimelinePage;
import io.redress.audit.infrastructure.AuditReader;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Page;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The account's timeline: every audited step about one customer account, from every context, oldest first. A
 * context puts a step on it by naming the account when it appends ({@code AuditTrail.recordFor}); nothing here
 * knows the contexts, so a new one appears by doing the same.
 */
@Stateless
public class AccountTimeline {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;

    /** The steps after {@code afterSeq} (0 for the first page), at most {@code size} (1 to {@value Page#MAX_SIZE}). */
    public TimelinePage of(Actor actor, String accountId, long afterSeq, int size) {
        access.require(actor, Permission.ACCOUNT_TIMELINE);
        int n = Math.max(1, Math.min(size, Page.MAX_SIZE));
        List<ExportedEntry> rows = new AuditReader(em).select(
                new AuditFilter(accountId, null, null, null, null, null, null), Math.max(0, afterSeq), Long.MAX_VALUE, n + 1);
        boolean more = rows.size() > n;
        List<TimelineEntry> items = rows.stream().limit(n).map(AccountTimeline::step).toList();
        return new TimelinePage(accountId, items, more ? items.get(n - 1).seq() : null);
    }

    private static TimelineEntry step(ExportedEntry e) {
        return new TimelineEntry(e.seq(), e.occurredAt(), e.actor(), e.actorRole(), e.action(), e.entityType(),
                e.entityId(), e.reason(), e.before(), e.after(), e.accountLink());
    }
}
