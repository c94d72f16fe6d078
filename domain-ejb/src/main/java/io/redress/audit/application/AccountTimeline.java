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
import java.util.ArrayList;
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
    @Inject
    AuditChainer chainer;

    /**
     * The steps after {@code afterSeq} (0 for the first page), at most {@code size} (1 to {@value Page#MAX_SIZE}), in
     * chain order. The last page ends with the steps committed and not yet chained (a few milliseconds old), shown as
     * pending (no sequence number): the cursor {@code next} only ever names a chained step, so a later read after it
     * finds them again, chained.
     */
    public TimelinePage of(Actor actor, String accountId, long afterSeq, int size) {
        access.require(actor, Permission.ACCOUNT_TIMELINE);
        // what committed before this read is shown in its place rather than as pending
        chainer.catchUpQuietly();
        int n = Math.max(1, Math.min(size, Page.MAX_SIZE));
        AuditReader reader = new AuditReader(em);
        List<ExportedEntry> rows = reader.select(
                new AuditFilter(accountId, null, null, null, null, null, null), Math.max(0, afterSeq), Long.MAX_VALUE, n + 1);
        boolean more = rows.size() > n;
        List<TimelineEntry> items = new ArrayList<>(rows.stream().limit(n).map(AccountTimeline::step).toList());
        if (!more && items.size() < n) {
            items.addAll(reader.pendingFor(accountId, n - items.size()));
        }
        return new TimelinePage(accountId, items, more ? items.get(n - 1).seq() : null);
    }

    private static TimelineEntry step(ExportedEntry e) {
        return new TimelineEntry(e.seq(), e.occurredAt(), e.actor(), e.actorRole(), e.action(), e.entityType(),
                e.entityId(), e.reason(), e.before(), e.after(), e.accountLink());
    }
}
