package io.redress.web.screening;

import io.redress.screening.application.Investigations;
import io.redress.screening.application.InvestigationAttachments;
import io.redress.screening.domain.AttachmentRules;
import io.redress.screening.domain.FilingReport;
import io.redress.screening.domain.InvestigationAttachmentView;
import io.redress.shared.domain.Permission;
import jakarta.faces.context.ExternalContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.primefaces.model.file.UploadedFile;
import io.redress.screening.domain.AuthorityAnswer;
import io.redress.screening.domain.InvestigationDetail;
import io.redress.screening.domain.InvestigationOutcome;
import io.redress.screening.domain.InvestigationView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.StaleVersion;
import io.redress.web.shell.CsvFile;
import io.redress.web.shell.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An investigation for compliance: the deposit and what is held, the exposure and evidence paths as screened, the
 * notes, the deadline, and the outcome with four eyes — propose RELEASE or REPORT, a second officer approves, the
 * authority's answer to a report — each against the version shown. Also the printable report ({@code print.xhtml}).
 */
@Named
@ViewScoped
public class InvestigationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Investigations investigations;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;
    @Inject
    transient InvestigationAttachments attachments;

    private String id;
    private InvestigationDetail detail;
    private String note;
    private InvestigationOutcome outcome;
    private String reason;
    private String filingReference;
    private AuthorityAnswer answer;
    private String authorityReference;
    private List<InvestigationAttachmentView> attached = List.of();
    private transient UploadedFile upload;

    public void load() {
        detail = investigations.detail(actor.get(), parseId(id));
        loadAttachments();
    }

    /** Compliance only: others (auditors) see no attachment panel at all. */
    public boolean isAttachmentsAllowed() {
        return Permission.INVESTIGATION_ATTACHMENT.allows(actor.get());
    }

    private void loadAttachments() {
        attached = isAttachmentsAllowed() ? attachments.list(actor.get(), investigation().id()) : List.of();
    }

    public List<InvestigationAttachmentView> getAttachments() {
        return attached;
    }

    /** The file chosen in the console's upload field, checked and stored like one sent over REST. */
    public void attach() {
        try {
            if (upload == null || upload.getSize() == 0) {
                faces.addMessage("attach:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text(faces, "investigation.attachment.required"), null));
                faces.validationFailed();
                return;
            }
            InvestigationAttachmentView a = attachments.attach(actor.get(), investigation().id(), upload.getFileName(),
                    upload.getContentType(), upload.getContent(), List.of());
            Messages.info(faces, "investigation.msg.attached", a.fileName(), a.sha256());
            loadAttachments();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("fileName", "attach:file", "contentType", "attach:file",
                    "contentBase64", "attach:file"));
        } finally {
            upload = null;
        }
    }

    /** Answers the postback with the attachment's bytes as a download (audited by the service). */
    public void download(InvestigationAttachmentView a) {
        InvestigationAttachments.Content c = attachments.content(actor.get(), investigation().id(), a.id());
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(c.attachment().contentType());
        external.setResponseHeader("Content-Disposition", AttachmentRules.contentDisposition(c.attachment().fileName()));
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseContentLength(c.bytes().length);
        try {
            external.getResponseOutputStream().write(c.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    /** A missing or malformed id names no investigation: the page answers 404, like an unknown one. */
    private static long parseId(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new NotFound("Investigation", String.valueOf(id));
        }
    }

    private InvestigationView investigation() {
        return detail.investigation();
    }

    private void reload() {
        detail = investigations.detail(actor.get(), investigation().id());
    }

    public void addNote() {
        try {
            investigations.addNote(actor.get(), investigation().id(), note);
            note = null;
            Messages.info(faces, "investigation.msg.noted");
            reload();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("text", "notes:note"));
        }
    }

    public void propose() {
        try {
            investigations.propose(actor.get(), investigation().id(), investigation().version(), outcome, reason,
                    outcome == InvestigationOutcome.REPORT ? blank(filingReference) : null);
            Messages.info(faces, outcome == InvestigationOutcome.REPORT ? "investigation.msg.reportProposed"
                    : "investigation.msg.releaseProposed");
            reason = null;
            filingReference = null;
            reload();
        } catch (StaleVersion e) {
            stale();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("outcome", "propose:outcome", "reason", "propose:reason",
                    "filingReference", "propose:filingReference"),
                    Map.of("filing-reference-required", "propose:filingReference"));
        }
    }

    public void approve() {
        try {
            InvestigationView done = investigations.approve(actor.get(), investigation().id(), investigation().version());
            Messages.info(faces, done.released() ? "investigation.msg.released"
                    : "investigation.msg.reported");
            reload();
        } catch (StaleVersion e) {
            stale();
        } catch (RedressException e) {
            // the four-eyes refusal (the proposer approving) is a message on the page, not an error page
            Messages.refusal(faces, e, Map.of());
        }
    }

    public void recordAnswer() {
        try {
            investigations.authorityAnswered(actor.get(), investigation().id(), investigation().version(), answer,
                    authorityReference);
            Messages.info(faces, answer == AuthorityAnswer.RELEASE_FUNDS ? "investigation.msg.answerReleased"
                    : "investigation.msg.answerKept");
            authorityReference = null;
            reload();
        } catch (StaleVersion e) {
            stale();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("answer", "answer:answer", "reference", "answer:reference"));
        }
    }

    private void stale() {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(faces, "investigation.msg.stale", Long.toString(investigation().id())), null));
        faces.validationFailed();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An outcome may be proposed (or a proposal replaced) while none is approved. */
    public boolean isProposable() {
        return detail != null && investigation().state().awaitsDecision();
    }

    /** Something is proposed; whether this person may approve it is the service's four-eyes rule. */
    public boolean isApprovable() {
        return detail != null && investigation().awaitingApproval();
    }

    public boolean isProposedByMe() {
        return detail != null && actor.get().name().equals(investigation().proposedBy());
    }

    public boolean isAwaitingAuthority() {
        return detail != null && investigation().awaitingAuthority();
    }

    /** A report was approved: its printable form exists (reported, or closed after the authority's answer). */
    public boolean isReported() {
        return detail != null && investigation().reportApproved();
    }

    /** Answers the postback with the approved report as the table filed with the authority (audited by the service). */
    public void downloadReport() {
        long n = investigation().id();
        CsvFile csv = new CsvFile(FilingReport.COLUMNS);
        investigations.filingReport(actor.get(), n).forEach(row -> csv.row(row.toArray()));
        csv.send(faces, "investigation-" + n + "-report");
    }

    public List<InvestigationOutcome> getOutcomes() {
        return Arrays.asList(InvestigationOutcome.values());
    }

    public List<AuthorityAnswer> getAnswers() {
        return Arrays.asList(AuthorityAnswer.values());
    }

    public InvestigationDetail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public InvestigationOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(InvestigationOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getFilingReference() {
        return filingReference;
    }

    public void setFilingReference(String filingReference) {
        this.filingReference = filingReference;
    }

    public AuthorityAnswer getAnswer() {
        return answer;
    }

    public void setAnswer(AuthorityAnswer answer) {
        this.answer = answer;
    }

    public String getAuthorityReference() {
        return authorityReference;
    }

    public void setAuthorityReference(String authorityReference) {
        this.authorityReference = authorityReference;
    }
}
