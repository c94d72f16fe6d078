package io.redress.cases.application;

import io.redress.audit.application.AuditTrail;
import io.redress.cases.domain.CannedReply;
import io.redress.cases.domain.CannedReplyRules;
import io.redress.cases.domain.CannedReplyView;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.StaleVersion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The canned replies: ADMIN creates, edits and retires them; whoever writes to customers reads them and is offered
 * those of the case's language that are not retired. Every change audited.
 */
@Stateless
public class CannedReplies {

    public static final String ENTITY = "CannedReply";
    public static final int REASON_MAX = 2000;
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** Every reply, or those of one language ({@code language} null: all), retired ones only when asked. */
    public List<CannedReplyView> list(Actor actor, String language, boolean withRetired) {
        access.require(actor, Permission.CANNED_REPLY_READ);
        if (language != null && !CannedReplyRules.checkLanguage("language", language).isEmpty()) {
            throw new InvalidInput(CannedReplyRules.checkLanguage("language", language));
        }
        List<CannedReply> found = language == null
                ? em.createNamedQuery(CannedReply.ALL, CannedReply.class).getResultList()
                : em.createNamedQuery(CannedReply.IN_LANGUAGE, CannedReply.class).setParameter("language", language).getResultList();
        return found.stream().map(CannedReply::view).filter(r -> withRetired || !r.retired()).toList();
    }

    /** What an agent writing to a customer in {@code language} is offered: that language's replies not retired. */
    public List<CannedReplyView> offered(Actor actor, String language) {
        access.require(actor, Permission.CANNED_REPLY_READ);
        if (language == null || !CannedReplyRules.LANGUAGES.contains(language)) {
            return List.of();
        }
        return em.createNamedQuery(CannedReply.IN_LANGUAGE, CannedReply.class).setParameter("language", language)
                .getResultList().stream().map(CannedReply::view).filter(r -> CannedReplyRules.offered(r, language)).toList();
    }

    /** One reply by its id as the caller wrote it: anything but a known id is a 404. */
    public CannedReplyView get(Actor actor, String id) {
        access.require(actor, Permission.CANNED_REPLY_READ);
        return find(id).view();
    }

    public CannedReplyView create(Actor actor, String title, String language, String body) {
        String role = access.require(actor, Permission.CANNED_REPLY_DEFINE);
        List<FieldError> errors = CannedReplyRules.check(title, language, body);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        CannedReply r = new CannedReply(title, language, body, actor.name(), clock.instant());
        em.persist(r);
        em.flush();
        audit.record(actor, role, "CANNED_REPLY_CREATED", ENTITY, Long.toString(r.id()), null, r.snapshot().toJson(), null);
        return r.view();
    }

    /** A new wording (title, language, text) of the version read; a retired reply is refused (canned-reply-retired). */
    public CannedReplyView revise(Actor actor, String id, long expectedVersion, String title, String language, String body) {
        String role = access.require(actor, Permission.CANNED_REPLY_DEFINE);
        List<FieldError> errors = CannedReplyRules.check(title, language, body);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        CannedReply r = current(id, expectedVersion);
        String before = r.snapshot().toJson();
        r.revise(title, language, body, actor.name(), clock.instant());
        return store(actor, role, r, before, "CANNED_REPLY_REVISED", null);
    }

    /** No longer offered; kept for the record. Retiring twice is refused (canned-reply-retired). */
    public CannedReplyView retire(Actor actor, String id, long expectedVersion, String reason) {
        String role = access.require(actor, Permission.CANNED_REPLY_DEFINE);
        if (reason != null && reason.strip().length() > REASON_MAX) {
            throw new InvalidInput(FieldError.tooLong("reason", REASON_MAX));
        }
        CannedReply r = current(id, expectedVersion);
        String before = r.snapshot().toJson();
        r.retire(actor.name(), clock.instant());
        return store(actor, role, r, before, "CANNED_REPLY_RETIRED", reason);
    }

    private CannedReply find(String id) {
        CannedReply r = id != null && ID.matcher(id).matches() ? em.find(CannedReply.class, Long.parseLong(id)) : null;
        if (r == null) {
            throw new NotFound(ENTITY, id == null || id.length() > 40 ? "(unknown)" : id);
        }
        return r;
    }

    private CannedReply current(String id, long expectedVersion) {
        CannedReply r = find(id);
        if (r.version() != expectedVersion) {
            throw new StaleVersion(ENTITY, id, expectedVersion, r.version());
        }
        return r;
    }

    private CannedReplyView store(Actor actor, String role, CannedReply r, String before, String action, String why) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ENTITY + " " + r.id() + " was changed by someone else; read it again");
        }
        audit.record(actor, role, action, ENTITY, Long.toString(r.id()), before, r.snapshot().toJson(),
                why == null || why.isBlank() ? null : why.strip());
        return r.view();
    }
}
