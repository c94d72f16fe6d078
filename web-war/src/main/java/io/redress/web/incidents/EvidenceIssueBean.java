package io.redress.web.incidents;

import io.redress.incidents.application.EvidenceService;
import io.redress.incidents.domain.EvidenceReportView;
import io.redress.incidents.domain.EvidenceRequest;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The account's leak-attribution reports and SECURITY's or SUPERVISOR's issue of a new one (from the account page, or
 * from the incident page with the window starting at the incident's suspected start).
 */
@Named
@ViewScoped
public class EvidenceIssueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvidenceService evidence;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private String accountId;
    private String keyId;
    private String from;
    private String to;
    private List<EvidenceReportView.Row> reports = List.of();

    public void load() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        if (to == null || to.isBlank()) {
            to = now.toString();
        }
        if (from == null || from.isBlank()) {
            from = now.minus(7, ChronoUnit.DAYS).toString();
        }
        reports = accountId == null || accountId.isBlank() ? List.of() : evidence.forAccount(actor.get(), accountId);
    }

    public boolean isMayIssue() {
        return Permission.EVIDENCE_ISSUE.allows(actor.get());
    }

    public String issue() {
        Instant f = instant(from, "issue:from");
        Instant t = instant(to, "issue:to");
        if (faces.isValidationFailed()) {
            return null;
        }
        try {
            EvidenceReportView v = evidence.issue(actor.get(), new EvidenceRequest(blank(accountId), blank(keyId), f, t));
            return "/app/evidence/report?faces-redirect=true&ref=" + v.reference();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("accountId", "issue:accountId", "keyId", "issue:keyId", "from", "issue:from",
                    "to", "issue:to"));
            return null;
        }
    }

    private Instant instant(String text, String clientId) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "evidence.instant.format"), null));
            faces.validationFailed();
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getKeyId() {
        return keyId;
    }

    public void setKeyId(String keyId) {
        this.keyId = keyId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public List<EvidenceReportView.Row> getReports() {
        return reports;
    }
}
