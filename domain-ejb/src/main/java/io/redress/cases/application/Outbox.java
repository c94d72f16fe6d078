package io.redress.cases.application;

import io.redress.accounts.domain.Account;
import io.redress.audit.application.AuditTrail;
import io.redress.cases.domain.CaseEvent;
import io.redress.cases.domain.CaseMessage;
import io.redress.cases.domain.ForbiddenTerm;
import io.redress.cases.domain.MessageCheckpoint;
import io.redress.cases.domain.MessageTemplate;
import io.redress.cases.domain.OutboxMessage;
import io.redress.cases.domain.OutboxView;
import io.redress.cases.domain.SupportCase;
import io.redress.cases.domain.TemplateText;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Customer messages: written from a template in the customer's language, passed through the one check point,
 * stored in the outbox that the exchange reads after a cursor and acknowledges.
 */
@Stateless
public class Outbox {

    public static final int MAX_BATCH = 500;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** A message as it would be sent, and whether the check point stops it. */
    public record Rendered(String templateCode, String language, String subject, String body,
                           Optional<MessageCheckpoint.Blocked> blocked) {
    }

    /** Renders without storing anything; the case page's preview. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Rendered render(SupportCase c, String templateCode, String message, String agent) {
        boolean confidential = c.accountId() != null && em.createNamedQuery(Account.BY_EXTERNAL_ID, Account.class)
                .setParameter("id", c.accountId()).getResultStream().findFirst().map(Account::confidential).orElse(false);
        return render(c, templateCode, message, agent, confidential);
    }

    /** The same, for a caller that has just read the case's account (intake): whether it is marked confidential. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Rendered render(SupportCase c, String templateCode, String message, String agent, boolean confidential) {
        MessageTemplate t = template(templateCode, c.language());
        Map<String, String> values = new HashMap<>();
        values.put("ticket", c.ticket());
        values.put("name", c.customerName() == null ? defaultName(c.language()) : c.customerName());
        DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
        values.put("received", date.format(c.openedAt()));
        values.put("decisionDue", date.format(c.decisionDueAt()));
        values.put("message", message == null ? "" : message.strip());
        values.put("agent", agent == null ? "" : agent);
        String subject = TemplateText.fill(t.subject(), values);
        String body = TemplateText.fill(t.body(), values);
        List<MessageCheckpoint.Term> terms = confidential
                ? em.createNamedQuery(ForbiddenTerm.ALL, ForbiddenTerm.class).getResultList().stream().map(ForbiddenTerm::term).toList()
                : List.of();
        return new Rendered(templateCode, c.language(), subject, body, MessageCheckpoint.check(subject, body, confidential, terms));
    }

    /** Stores a rendered message that passed the check point, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxView store(SupportCase c, Rendered r, String by, Instant now) {
        if (r.blocked().isPresent()) {
            throw new IllegalStateException("a blocked message is never stored");
        }
        OutboxMessage out = new OutboxMessage(c, r.templateCode(), r.subject(), r.body(), by, now);
        em.persist(out);
        em.flush();
        em.persist(new CaseMessage(c.id(), CaseMessage.Direction.OUT, by, r.subject() + "\n\n" + r.body(), r.templateCode(),
                out.id(), now));
        em.persist(new CaseEvent(c.id(), now, by, "MESSAGE_QUEUED", r.templateCode() + " (" + r.language() + "): " + r.subject()));
        return out.view();
    }

    public List<OutboxView> after(Actor actor, long afterId, int limit) {
        access.require(actor, Permission.OUTBOX_READ);
        return em.createNamedQuery(OutboxMessage.AFTER, OutboxMessage.class).setParameter("after", afterId)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_BATCH))).getResultList().stream().map(OutboxMessage::view).toList();
    }

    /**
     * Every message not yet acknowledged, oldest first. Safer than a cursor with several instances: ids come
     * from a sequence allocated in blocks per instance, so a message committed later may carry a lower id
     * than one already read after a cursor; nothing stays pending unnoticed.
     */
    public List<OutboxView> pending(Actor actor, int limit) {
        access.require(actor, Permission.OUTBOX_READ);
        return em.createNamedQuery(OutboxMessage.PENDING, OutboxMessage.class)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_BATCH))).getResultList().stream().map(OutboxMessage::view).toList();
    }

    /** Idempotent: a repeated acknowledgement changes nothing and is not audited again. */
    public OutboxView acknowledge(Actor actor, long id) {
        String role = access.require(actor, Permission.OUTBOX_ACKNOWLEDGE);
        OutboxMessage m = Optional.ofNullable(em.find(OutboxMessage.class, id))
                .orElseThrow(() -> new NotFound("OutboxMessage", Long.toString(id)));
        if (m.deliver(actor.name(), clock.instant())) {
            em.flush();
            audit.recordFor(m.view().accountId(), actor, role, "MESSAGE_DELIVERED", "OutboxMessage", Long.toString(id), null, null, null);
        }
        return m.view();
    }

    public List<String> templateCodes() {
        return em.createNamedQuery(MessageTemplate.CODES, String.class).getResultList();
    }

    private MessageTemplate template(String code, String language) {
        if (code == null) {
            throw new InvalidInput("template", "required: one of " + templateCodes());
        }
        MessageTemplate t = em.find(MessageTemplate.class, new MessageTemplate.Key(code, language));
        if (t == null) {
            t = em.find(MessageTemplate.class, new MessageTemplate.Key(code, "en"));
        }
        if (t == null) {
            throw new InvalidInput("template", "one of " + templateCodes());
        }
        return t;
    }

    private static String defaultName(String language) {
        return switch (language) {
            case "fr" -> "Madame, Monsieur";
            case "ja" -> "お客";
            default -> "there";
        };
    }
}
