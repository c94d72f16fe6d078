package io.redress.web.screening;

import io.redress.screening.application.Investigations;
import io.redress.screening.domain.AuthorityAnswer;
import io.redress.screening.domain.InvestigationDetail;
import io.redress.screening.domain.InvestigationOutcome;
import io.redress.screening.domain.InvestigationView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.StaleVersion;
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

    private String id;
    private InvestigationDetail detail;
    private String note;
    private InvestigationOutcome outcome;
    private String reason;
    private String filingReference;
    private AuthorityAnswer answer;
    private String authorityReference;

    public void load() {
        detail = investigations.detail(actor.get(), parseId(id));
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
        return detail != null && investigation().proposedOutcome() == InvestigationOutcome.REPORT
                && investigation().decidedBy() != null;
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
