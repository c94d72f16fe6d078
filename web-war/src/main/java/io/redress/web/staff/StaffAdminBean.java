package io.redress.web.staff;

import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.Role;
import io.redress.staff.application.StaffService;
import io.redress.staff.domain.StaffRules;
import io.redress.staff.domain.StaffView;
import io.redress.web.shell.Messages;
import io.redress.web.shell.ServerTable;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The administrator's staff screen: every member in a server-side table (paged, sorted, filtered by name, role and
 * state); create accounts, disable or re-enable them, change their roles.
 */
@Named
@ViewScoped
public class StaffAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffService staff;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    /** Every member, a page at a time: sorted and filtered by the service. */
    private final ServerTable<StaffView> members = new ServerTable<>(page -> staff.table(actor.get(), page), StaffView::username);

    private String newUsername;
    private String newDisplayName;
    private List<Role> newRoles;
    private String newPassword;

    private StaffView editing;
    private List<Role> editRoles;
    private String reason;
    private StaffView disabling;
    private String disableReason;

    public void create() {
        try {
            StaffView created = staff.create(actor.get(), newUsername, newDisplayName,
                    newRoles == null || newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles),
                    newPassword == null ? null : newPassword.toCharArray());
            Messages.info(faces, "staff.msg.created", created.username());
            newUsername = null;
            newDisplayName = null;
            newRoles = null;
            newPassword = null;
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("username", "create:username", "displayName", "create:displayName",
                    "roles", "create:roles", "password", "create:password"));
        }
    }

    /** Disabling asks why first (the audit trail keeps it). */
    public void askDisable(StaffView member) {
        disabling = member;
        disableReason = null;
    }

    public void disable() {
        try {
            staff.disable(actor.get(), disabling.username(), disabling.version(), disableReason);
            Messages.info(faces, "staff.msg.disabled", disabling.username());
            disabling = null;
            disableReason = null;
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("reason", "disable:disableReason"));
        }
    }

    public StaffView getDisabling() {
        return disabling;
    }

    public String getDisableReason() {
        return disableReason;
    }

    public void setDisableReason(String disableReason) {
        this.disableReason = disableReason;
    }

    public void enable(StaffView member) {
        try {
            staff.enable(actor.get(), member.username(), member.version(), "enabled in the staff screen");
            Messages.info(faces, "staff.msg.enabled", member.username());
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of());
        }
    }

    public void edit(StaffView member) {
        editing = member;
        editRoles = new java.util.ArrayList<>(member.roles());
        reason = null;
    }

    public void saveRoles() {
        try {
            staff.assignRoles(actor.get(), editing.username(),
                    editRoles == null || editRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(editRoles),
                    editing.version(), reason);
            Messages.info(faces, "staff.msg.rolesChanged", editing.username());
            editing = null;
        } catch (RedressException e) {
            // one's own roles: the refusal goes next to the roles it concerns
            Messages.refusal(faces, e, Map.of("roles", "roles:editRoles"), Map.of(StaffRules.NO_SELF_ROLE_GRANT, "roles:editRoles",
                    StaffRules.NO_SELF_DEMOTION, "roles:editRoles"));
        }
    }

    public List<Role> getAllRoles() {
        return Arrays.asList(Role.values());
    }

    public ServerTable<StaffView> getMembers() {
        return members;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public List<Role> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<Role> newRoles) {
        this.newRoles = newRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public StaffView getEditing() {
        return editing;
    }

    public List<Role> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<Role> editRoles) {
        this.editRoles = editRoles;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
