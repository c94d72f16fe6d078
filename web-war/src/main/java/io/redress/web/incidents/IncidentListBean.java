package io.redress.web.incidents;

import io.redress.apikeys.api.IntegrationView;
import io.redress.apikeys.application.IntegrationCatalogue;
import io.redress.incidents.api.PendingActions;
import io.redress.incidents.application.IncidentService;
import io.redress.incidents.domain.IncidentView;
import io.redress.incidents.domain.NewIncident;
import io.redress.incidents.domain.Severity;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import io.redress.web.shell.SentForms;
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

/** The incidents list, and SECURITY's declaration of a new one (then the incident page, with its blast radius). */
@Named
@ViewScoped
public class IncidentListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IncidentService incidents;
    @Inject
    transient IntegrationCatalogue integrations;
    @Inject
    transient PendingActions pending;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;
    @Inject
    SentForms sent;

    private static final SentForms.Form FORM = new SentForms.Form("incidents.msg.inProgress", "incidents.msg.alreadyDeclared",
            reference -> "/app/incidents/incident?faces-redirect=true&ref=" + reference);

    private List<IncidentView> list;
    private Map<String, Long> awaiting = Map.of();
    private List<IntegrationView> integrationChoices;
    private String integration;
    private Severity severity = Severity.HIGH;
    private String suspectedSince = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.DAYS).toString();
    private String known;

    public void load() {
        list = incidents.list(actor.get());
        awaiting = pending.awaitingApprovalByIncident(actor.get());
        integrationChoices = integrations.list(actor.get());
    }

    /** The incident's bulk actions the person may approve (zero for whom may not). */
    public long awaiting(String reference) {
        return awaiting.getOrDefault(reference, 0L);
    }

    public String declare() {
        Instant since;
        try {
            since = suspectedSince == null || suspectedSince.isBlank() ? null : Instant.parse(suspectedSince.strip());
        } catch (DateTimeParseException e) {
            faces.addMessage("declare:suspectedSince", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "incidents.suspectedSince.format"), null));
            faces.validationFailed();
            return null;
        }
        // declared once per form: Back and the button again lead to the incident it declared, not to a second one
        String key = SentForms.key("declare-incident", actor.get().name(), integration,
                severity == null ? null : severity.name(), suspectedSince, known);
        return sent.once(faces, key, FORM, () -> {
            try {
                IncidentView v = incidents.declare(actor.get(), new NewIncident(integration,
                        severity == null ? null : severity.name(), since, known));
                Messages.info(faces, "incidents.msg.declared", v.reference());
                faces.getExternalContext().getFlash().setKeepMessages(true);
                return v.reference();
            } catch (RedressException e) {
                Messages.refusal(faces, e, Map.of("integration", "declare:integration", "severity", "declare:severity",
                        "suspectedSince", "declare:suspectedSince", "known", "declare:known"));
                return null;
            }
        });
    }

    public List<IncidentView> getList() {
        return list;
    }

    public List<IntegrationView> getIntegrationChoices() {
        return integrationChoices;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public String getIntegration() {
        return integration;
    }

    public void setIntegration(String integration) {
        this.integration = integration;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getSuspectedSince() {
        return suspectedSince;
    }

    public void setSuspectedSince(String suspectedSince) {
        this.suspectedSince = suspectedSince;
    }

    public String getKnown() {
        return known;
    }

    public void setKnown(String known) {
        this.known = known;
    }
}
