package io.redress.web.incidents;

import io.redress.incidents.application.IncidentService;
import io.redress.incidents.domain.ActionReach;
import io.redress.incidents.domain.ActionRequest;
import io.redress.incidents.domain.ActionState;
import io.redress.incidents.domain.ActionView;
import io.redress.incidents.domain.IncidentDetail;
import io.redress.jobs.api.JobState;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.ConsoleFormat;
import io.redress.web.shell.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The incident page: the incident, its blast radius, its bulk actions with their jobs' progress bars (polled while
 * a job runs), SECURITY's request of a new action and a second person's approval or rejection, each confirmed first
 * with what it does (the keys it revokes or leaves active); a rejection says why in the note.
 */
@Named
@ViewScoped
public class IncidentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IncidentService incidents;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;
    @Inject
    transient ConsoleFormat fmt;

    private String ref;
    private IncidentDetail detail;
    private String createdBefore;
    private boolean withoutAllowlistOnly;
    private boolean notifyCustomers = true;
    private boolean openCases = true;
    private boolean protectiveLock;
    private String justification;
    private String note;
    /**
     * What approving each action this person may decide would do, for its confirmation: counted when the page is drawn
     * or a decision made, and for an action first seen by the poll; not again at every poll (a count over the
     * integration's keys).
     */
    private Map<Long, ActionReach> reach = Map.of();

    public void load() {
        reach = new HashMap<>();
        refresh();
    }

    /** Whether any action waits for this person's decision: the note field is shown then. */
    public boolean isAnyDecidable() {
        return !reach.isEmpty();
    }

    /** The approval's confirmation: the action, the active keys its job will revoke, their accounts, the integration. */
    public String approveConfirmation(ActionView a) {
        ActionReach r = reach.get(a.id());
        return Messages.text(faces, "incident.action.approve.confirm", Long.toString(a.id()), number(r == null ? 0 : r.activeKeys()),
                detail.incident().integrationName(), number(r == null ? 0 : r.accounts()));
    }

    /** The rejection's confirmation: the action never runs, the active keys of its scope stay active. */
    public String rejectConfirmation(ActionView a) {
        ActionReach r = reach.get(a.id());
        return Messages.text(faces, "incident.action.reject.confirm", Long.toString(a.id()), number(r == null ? 0 : r.activeKeys()));
    }

    private String number(long n) {
        return fmt.number(n);
    }

    /** The poll: the actions' progress, and the blast radius as the job revokes keys. */
    public void refresh() {
        detail = incidents.detail(actor.get(), ref);
        Map<Long, ActionReach> decidable = new HashMap<>();
        if (Permission.INCIDENT_ACTION_APPROVE.allows(actor.get())) {
            detail.actions().stream().filter(this::decidable).forEach(a -> decidable.put(a.id(),
                    reach.containsKey(a.id()) ? reach.get(a.id()) : incidents.reach(actor.get(), a.id())));
        }
        reach = decidable;
    }

    public boolean isAnyRunning() {
        return detail != null && detail.actions().stream().anyMatch(a -> a.job() != null
                && (a.job().state() == JobState.QUEUED || a.job().state() == JobState.RUNNING));
    }

    /** Whether this person may approve or reject the action: the permission, and not its requester (four eyes). */
    public boolean decidable(ActionView a) {
        return a.state() == ActionState.REQUESTED && !actor.get().name().equals(a.requestedBy());
    }

    public void request() {
        Instant before;
        try {
            before = createdBefore == null || createdBefore.isBlank() ? null : Instant.parse(createdBefore.strip());
        } catch (DateTimeParseException e) {
            faces.addMessage("request:createdBefore", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "incidents.suspectedSince.format"), null));
            faces.validationFailed();
            return;
        }
        try {
            ActionView a = incidents.requestAction(actor.get(), ref, new ActionRequest(before, withoutAllowlistOnly,
                    notifyCustomers, openCases, protectiveLock, justification), detail.incident().version());
            Messages.info(faces, "incident.msg.requested", Long.toString(a.id()));
            justification = null;
            createdBefore = null;
            load();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("createdBefore", "request:createdBefore", "justification", "request:justification"));
        }
    }

    public void approve(ActionView a) {
        try {
            ActionView done = incidents.approve(actor.get(), a.id(), a.version(), note);
            Messages.info(faces, "incident.msg.approved", Long.toString(done.id()));
            note = null;
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("note", "live:note"));
        }
        load();
    }

    public void reject(ActionView a) {
        try {
            incidents.reject(actor.get(), a.id(), a.version(), note);
            Messages.info(faces, "incident.msg.rejected", Long.toString(a.id()));
            note = null;
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("note", "live:note"));
        }
        load();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public IncidentDetail getDetail() {
        return detail;
    }

    public String getCreatedBefore() {
        return createdBefore;
    }

    public void setCreatedBefore(String createdBefore) {
        this.createdBefore = createdBefore;
    }

    public boolean isWithoutAllowlistOnly() {
        return withoutAllowlistOnly;
    }

    public void setWithoutAllowlistOnly(boolean withoutAllowlistOnly) {
        this.withoutAllowlistOnly = withoutAllowlistOnly;
    }

    public boolean isNotifyCustomers() {
        return notifyCustomers;
    }

    public void setNotifyCustomers(boolean notifyCustomers) {
        this.notifyCustomers = notifyCustomers;
    }

    public boolean isOpenCases() {
        return openCases;
    }

    public void setOpenCases(boolean openCases) {
        this.openCases = openCases;
    }

    public boolean isProtectiveLock() {
        return protectiveLock;
    }

    public void setProtectiveLock(boolean protectiveLock) {
        this.protectiveLock = protectiveLock;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
