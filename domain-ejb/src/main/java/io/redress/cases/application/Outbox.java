package io.redress.cases.application;

import io.redress.cases.domain.CaseEvent;
import io.redress.cases.domain.CaseMessage;
import io.redress.cases.domain.Channel;
import io.redress.cases.domain.MessageTemplate;
import io.redress.cases.domain.OutboxView;
import io.redress.cases.domain.SupportCase;
import io.redress.messaging.api.CustomerMessageLog;
import io.redress.messaging.api.CustomerMessageRequested;
import io.redress.messaging.api.CustomerMessageView;
import io.redress.messaging.api.CustomerMessagesRequested;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Customer messages of cases: written from a template in the customer's language and handed to the one customer
 * outbox ({@code messaging}), which passes them through the check point and queues them. Also the view of the
 * {@code /outbox} feed, which the one outbox replaced: the cases' messages in their old shape and ids.
 */
@Stateless
public class Outbox {

    public static final int MAX_BATCH = 500;
    /** The requesting context, as the one outbox files its messages. */
    public static final String SOURCE = "cases";
    /** Delivered privately to the account (in-app inbox or the account's e-mail), for cases from public posts. */
    public static final String PRIVATE_CHANNEL = "ACCOUNT_INBOX";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    CustomerMessageLog messages;
    @Inject
    Event<CustomerMessageRequested> requests;
    @Inject
    Event<CustomerMessagesRequested> batches;
    @Inject
    CompiledTemplates templates;

    /** A message as it would be sent, and whether the check point stops it. */
    public record Rendered(String templateCode, String language, String subject, String body,
                           Optional<CustomerMessageLog.Blocked> blocked) {
    }

    /** Renders without storing anything; the case page's preview, through the same check point as sending. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Rendered render(SupportCase c, String templateCode, String message, String agent) {
        return render(c, templateCode, message, agent, null);
    }

    /**
     * The same, for intake, which has just read the account's confidentiality flag in its transaction: the check point
     * is asked with it instead of reading it again (queuing the message reads it once more, as for every message).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Rendered render(SupportCase c, String templateCode, String message, String agent, boolean confidential) {
        return render(c, templateCode, message, agent, Boolean.valueOf(confidential));
    }

    private Rendered render(SupportCase c, String templateCode, String message, String agent, Boolean confidential) {
        CompiledTemplates.Compiled t = template(templateCode, c.language());
        Map<String, String> values = new HashMap<>();
        values.put("ticket", c.ticket());
        values.put("name", c.customerName() == null ? defaultName(c.language()) : c.customerName());
        values.put("received", DATE.format(c.openedAt()));
        values.put("decisionDue", DATE.format(c.decisionDueAt()));
        values.put("message", message == null ? "" : message.strip());
        values.put("agent", agent == null ? "" : agent);
        String subject = t.subject().fill(values);
        String body = t.body().fill(values);
        return new Rendered(templateCode, c.language(), subject, body, confidential == null
                ? messages.check(c.accountId(), subject, body) : messages.check(confidential, subject, body));
    }

    /** Hands a rendered message to the one outbox in the caller's transaction; the case keeps its copy. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxView store(SupportCase c, Rendered r, Actor by, String role, Instant now) {
        String key = CustomerMessageRequested.newKey();
        requests.fire(request(c, r, by, role, key));
        CustomerMessageView out = messages.byKey(key);
        em.persist(new CaseMessage(c.id(), CaseMessage.Direction.OUT, by.name(), r.subject() + "\n\n" + r.body(),
                r.templateCode(), out.id(), now));
        em.persist(new CaseEvent(c.id(), now, by.name(), "MESSAGE_QUEUED", r.templateCode() + " (" + r.language() + "): "
                + r.subject()));
        madeKnown(c, by, now);
        return view(out);
    }

    /** Written to about it, the customer now knows the case (staff's own work until then): the exchange may show it. */
    private void madeKnown(SupportCase c, Actor by, Instant now) {
        if (c.madeKnownToCustomer(now)) {
            em.persist(new CaseEvent(c.id(), now, by.name(), "MADE_KNOWN_TO_CUSTOMER",
                    "the first message to the customer about it: the exchange's customer view shows the case from now on"));
        }
    }

    /**
     * Whether the one check point would refuse this text in a message to the account (a forbidden term, the account
     * confidential): what it refuses is not shown to the customer in any other way either.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean checkPointRefuses(String accountId, String text) {
        return messages.check(accountId, text, "").isPresent();
    }

    /** A rendered message for a case, one of many handed over together. */
    public record Outgoing(SupportCase c, Rendered r) {
    }

    /**
     * {@link #store} for many messages at once (a bulk job's acknowledgements): handed to the one outbox in one request,
     * which checks and queues them together; each case keeps its copy and the event on its timeline.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void storeAll(List<Outgoing> outgoing, Actor by, String role, Instant now) {
        if (outgoing.isEmpty()) {
            return;
        }
        List<CustomerMessageRequested> asked = new ArrayList<>();
        for (Outgoing o : outgoing) {
            asked.add(request(o.c(), o.r(), by, role, CustomerMessageRequested.newKey()));
        }
        batches.fire(new CustomerMessagesRequested(asked));
        for (int i = 0; i < outgoing.size(); i++) {
            SupportCase c = outgoing.get(i).c();
            Rendered r = outgoing.get(i).r();
            CustomerMessageView out = messages.byKey(asked.get(i).requestKey());
            em.persist(new CaseMessage(c.id(), CaseMessage.Direction.OUT, by.name(), r.subject() + "\n\n" + r.body(),
                    r.templateCode(), out.id(), now));
            em.persist(new CaseEvent(c.id(), now, by.name(), "MESSAGE_QUEUED", r.templateCode() + " (" + r.language() + "): "
                    + r.subject()));
            madeKnown(c, by, now);
        }
    }

    private static CustomerMessageRequested request(SupportCase c, Rendered r, Actor by, String role, String key) {
        // a case that began in public is answered in private: through the account, never as a public reply
        boolean fromPublic = c.channel() == Channel.SOCIAL_MEDIA;
        return new CustomerMessageRequested(key, SOURCE, r.templateCode(), c.accountId(), c.ticket(),
                fromPublic ? PRIVATE_CHANNEL : c.channel().name(), fromPublic ? null : c.customerContact(), c.language(),
                r.subject(), r.body(), r.templateCode(), null, by, role, true);
    }

    /** The messages of one case, oldest first. */
    public List<OutboxView> forCase(SupportCase c) {
        return messages.forReference(SOURCE, c.ticket()).stream().map(Outbox::view).toList();
    }

    /** Replaced by {@code GET /api/v1/messages?after=}: the cases' messages after an id. */
    public List<OutboxView> after(Actor actor, long afterId, int limit) {
        access.require(actor, Permission.OUTBOX_READ);
        return messages.legacyAfter(SOURCE, afterId, limit).stream().map(Outbox::view).toList();
    }

    /** Replaced by {@code GET /api/v1/messages?pending=true}. */
    public List<OutboxView> pending(Actor actor, int limit) {
        access.require(actor, Permission.OUTBOX_READ);
        return messages.legacyPending(SOURCE, limit).stream().map(Outbox::view).toList();
    }

    /** Replaced by {@code POST /api/v1/messages/{id}/ack}. Idempotent. */
    public OutboxView acknowledge(Actor actor, long id) {
        String role = access.require(actor, Permission.OUTBOX_ACKNOWLEDGE);
        return view(messages.legacyAcknowledge(actor, role, SOURCE, id, "OutboxMessage"));
    }

    public List<String> templateCodes() {
        return em.createNamedQuery(MessageTemplate.CODES, String.class).getResultList();
    }

    /** The shape {@code /outbox} has always answered with; its id is the message's id under that feed. */
    private static OutboxView view(CustomerMessageView m) {
        return new OutboxView(m.legacyId(), m.reference(), m.accountId(), m.channel(), m.contact(), m.language(),
                m.templateCode(), m.subject(), m.body(), m.createdBy(), m.createdAt(), m.deliveredAt());
    }

    private CompiledTemplates.Compiled template(String code, String language) {
        if (code == null) {
            throw new InvalidInput(FieldError.of("template", FieldError.Code.REQUIRED_ONE_OF, "required: one of " + templateCodes(), String.join(", ", templateCodes())));
        }
        if (code.startsWith("SCREENING_")) {
            throw new InvalidInput(FieldError.of("template", FieldError.Code.ONE_OF, "one of " + templateCodes(), String.join(", ", templateCodes()))); // screening's notices are screening's alone
        }
        return templates.find(code, language).orElseThrow(() -> new InvalidInput(FieldError.of("template", FieldError.Code.ONE_OF,
                "one of " + templateCodes(), String.join(", ", templateCodes()))));
    }

    private static String defaultName(String language) {
        return switch (language) {
            case "fr" -> "Madame, Monsieur";
            case "ja" -> "お客";
            default -> "there";
        };
    }
}
