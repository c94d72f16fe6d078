package io.redress.web.alerts;

import io.redress.alerts.application.AlertDesk;
import io.redress.alerts.domain.AlertState;
import io.redress.alerts.domain.AlertView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.StaleVersion;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The alert inbox: the alerts of the signed-in person's roles, filtered; acknowledge, assign, resolve one. */
@Named
@ViewScoped
public class AlertInboxBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 100;

    @Inject
    transient AlertDesk desk;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private AlertState state = AlertState.OPEN;
    private Role role;
    private String kind;
    private List<AlertView> alerts;
    private AlertView selected;
    private String note;
    private String assignee;

    public void load() {
        search();
    }

    public void search() {
        try {
            alerts = desk.list(actor.get(), state, role, kind, null, PAGE).items();
        } catch (RedressException e) {
            alerts = List.of();
            Messages.refusal(faces, e, Map.of("kind", "alerts:kind"));
        }
    }

    public void select(AlertView alert) {
        note = null;
        try {
            selected = desk.get(actor.get(), alert.id());
            assignee = selected.assignedTo();
        } catch (RedressException e) {
            selected = null;
            Messages.refusal(faces, e, Map.of());
        }
    }

    public void acknowledge() {
        work(() -> desk.acknowledge(actor.get(), selected.id(), selected.version(), note), "alerts.msg.acknowledged");
    }

    public void resolve() {
        work(() -> desk.resolve(actor.get(), selected.id(), selected.version(), note), "alerts.msg.resolved");
    }

    public void assign() {
        work(() -> desk.assign(actor.get(), selected.id(), selected.version(), assignee), "alerts.msg.assigned");
    }

    public void assignToMe() {
        assignee = actor.get().name();
        assign();
    }

    private void work(java.util.function.Supplier<AlertView> change, String done) {
        try {
            AlertView v = change.get();
            Messages.info(faces, done, v.id(), v.kind());
            selected = null;
            search();
        } catch (StaleVersion e) {
            Messages.refusal(faces, e, Map.of());
            selected = null;
            search();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("note", "work:note", "assignee", "work:assignee"));
        }
    }

    public List<AlertState> getStates() {
        return Arrays.asList(AlertState.values());
    }

    public List<Role> getRoles() {
        return actor.get().roles().stream().toList();
    }

    public String severityTag(AlertView a) {
        return switch (a.severity()) {
            case CRITICAL -> "danger";
            case WARNING -> "warning";
            case INFO -> "info";
        };
    }

    public List<AlertView> getAlerts() {
        return alerts;
    }

    public AlertView getSelected() {
        return selected;
    }

    public AlertState getState() {
        return state;
    }

    public void setState(AlertState state) {
        this.state = state;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
