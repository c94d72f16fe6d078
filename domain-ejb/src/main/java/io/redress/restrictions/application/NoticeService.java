package io.redress.restrictions.application;

import io.redress.audit.application.AuditTrail;
import io.redress.restrictions.domain.CustomerNotice;
import io.redress.restrictions.domain.NoticeView;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Customer notices: the exchange reads them in order after a cursor and acknowledges each delivery. */
@Stateless
public class NoticeService {

    public static final int MAX_BATCH = 500;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "redress.appeals.deadline-days", defaultValue = "14")
    int appealDays;

    /**
     * Stores a notice in the caller's transaction: it exists exactly when the decision it announces does. Audited as
     * the act of whoever took the decision, so the notice is on the account's timeline beside it.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.MANDATORY)
    public void issue(Actor actor, String role, String accountId, Long restrictionId, String kind, String text,
                      boolean disclosed, java.time.Instant windowEndsAt, boolean appealable) {
        CustomerNotice notice = new CustomerNotice(accountId, restrictionId, kind, text, disclosed, windowEndsAt,
                appealable ? io.redress.restrictions.domain.NoticeWriter.howToAppeal(appealDays) : null, clock.instant());
        em.persist(notice);
        em.flush();
        audit.recordFor(accountId, actor, role, "NOTICE_ISSUED", "CustomerNotice", notice.id().toString(), null,
                "{\"kind\":\"" + kind + "\",\"restrictionId\":" + restrictionId + ",\"reasonDisclosed\":" + disclosed + "}",
                text);
    }

    public List<NoticeView> after(Actor actor, long afterId, int limit) {
        access.require(actor, Permission.NOTICE_FEED);
        return em.createNamedQuery(CustomerNotice.AFTER, CustomerNotice.class).setParameter("after", afterId)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_BATCH))).getResultList().stream()
                .map(CustomerNotice::view).toList();
    }

    public List<NoticeView> forAccount(Actor actor, String accountId) {
        access.require(actor, Permission.NOTICE_READ);
        return em.createNamedQuery(CustomerNotice.FOR_ACCOUNT, CustomerNotice.class).setParameter("account", accountId)
                .setMaxResults(100).getResultList().stream().map(CustomerNotice::view).toList();
    }

    /** Idempotent: a second acknowledgement changes nothing and is not audited again. */
    public NoticeView acknowledge(Actor actor, long id) {
        String role = access.require(actor, Permission.NOTICE_ACKNOWLEDGE);
        CustomerNotice notice = Optional.ofNullable(em.find(CustomerNotice.class, id))
                .orElseThrow(() -> new NotFound("Notice", Long.toString(id)));
        if (notice.acknowledge(actor.name(), clock.instant())) {
            em.flush();
            audit.recordFor(notice.view().accountId(), actor, role, "NOTICE_DELIVERED", "CustomerNotice", Long.toString(id),
                    null, null, null);
        }
        return notice.view();
    }
}
