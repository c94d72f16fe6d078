package io.redress.screening.application;

import io.redress.audit.application.AuditTrail;
import io.redress.screening.domain.AttachmentRules;
import io.redress.screening.domain.Investigation;
import io.redress.screening.domain.InvestigationAttachment;
import io.redress.screening.domain.InvestigationAttachmentView;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Snapshot;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Files attached to an investigation: compliance only (upload, list, download), confidential like the rest of it.
 * Each is checked ({@link AttachmentRules}: name, allowed type, size, first bytes), stored with its SHA-256, who and
 * when, audited on the investigation (not on the account's timeline, which other staff read), and never deleted or
 * changed (the database refuses it). A download is audited too.
 */
@Stateless
public class InvestigationAttachments {

    /** A downloaded attachment: what it is and its bytes. */
    public record Content(InvestigationAttachmentView attachment, byte[] bytes) {
    }

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /**
     * Attaches a file. {@code bodyErrors}: what the request already found wrong (a missing field, Base64 that does not
     * decode), reported after the caller's authorization with the rules' own errors.
     */
    public InvestigationAttachmentView attach(Actor actor, long investigationId, String fileName, String contentType,
                                              byte[] content, List<FieldError> bodyErrors) {
        String role = access.require(actor, Permission.INVESTIGATION_ATTACHMENT);
        List<FieldError> rules = new ArrayList<>();
        String name = AttachmentRules.fileName(fileName, rules);
        String type = AttachmentRules.contentType(contentType, rules);
        AttachmentRules.content(content, type, rules);
        // a field the request already refused (wrong type, undecodable) is named once
        List<FieldError> errors = new ArrayList<>(bodyErrors);
        rules.stream().filter(r -> bodyErrors.stream().noneMatch(b -> b.field().equals(r.field()))).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Investigation i = investigation(investigationId);
        InvestigationAttachment a = new InvestigationAttachment(i.id(), name, type, content, actor.name(), clock.instant());
        em.persist(a);
        em.flush();
        InvestigationAttachmentView view = a.view();
        audit.record(actor, role, "INVESTIGATION_ATTACHMENT_ADDED", "Investigation", Long.toString(investigationId), null,
                Snapshot.of().with("attachmentId", view.id()).with("fileName", name).with("contentType", type)
                        .with("sizeBytes", view.sizeBytes()).with("sha256", view.sha256()).toJson(), name);
        return view;
    }

    /** The investigation's attachments, newest first, without their content. */
    public List<InvestigationAttachmentView> list(Actor actor, long investigationId) {
        access.require(actor, Permission.INVESTIGATION_ATTACHMENT);
        investigation(investigationId);
        return em.createNamedQuery(InvestigationAttachment.OF_INVESTIGATION, InvestigationAttachmentView.class)
                .setParameter("investigation", investigationId).setMaxResults(1000).getResultList();
    }

    /** One attachment's bytes; the download is audited. */
    public Content content(Actor actor, long investigationId, long attachmentId) {
        String role = access.require(actor, Permission.INVESTIGATION_ATTACHMENT);
        InvestigationAttachment a = em.find(InvestigationAttachment.class, attachmentId);
        if (a == null || a.investigationId() != investigationId) {
            throw new NotFound("InvestigationAttachment", investigationId + "/" + attachmentId);
        }
        InvestigationAttachmentView view = a.view();
        audit.record(actor, role, "INVESTIGATION_ATTACHMENT_READ", "Investigation", Long.toString(investigationId), null, null,
                view.fileName() + " (" + view.sha256() + ")");
        return new Content(view, a.content());
    }

    private Investigation investigation(long id) {
        Investigation i = em.find(Investigation.class, id);
        if (i == null) {
            throw new NotFound("Investigation", Long.toString(id));
        }
        return i;
    }
}
