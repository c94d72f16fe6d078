package io.redress.alerts.domain;

import io.redress.alerts.api.AlertKinds;
import io.redress.alerts.api.AlertRaised;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What an alert must carry, and who sees and works it. An alert nobody can see is no alert. */
public final class AlertRules {

    public static final int NOTE_MAX = 2000;
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{2,47}");

    private AlertRules() {
    }

    public static List<FieldError> check(AlertRaised a) {
        List<FieldError> errors = new ArrayList<>();
        if (a.kind() == null || !KIND.matcher(a.kind()).matches()) {
            errors.add(new FieldError("kind", "3 to 48 upper-case letters, digits or '_'"));
        } else if (!AlertKinds.ALL.contains(a.kind())) {
            errors.add(FieldError.oneOf("kind", AlertKinds.sorted())); // a new kind is added to the one list first
        }
        if (a.severity() == null) {
            errors.add(FieldError.of("severity", FieldError.Code.REQUIRED, "required"));
        }
        if (a.subject() == null || a.subject().isBlank() || a.subject().length() > 128) {
            errors.add(FieldError.of("subject", FieldError.Code.LENGTH, "1 to 128 characters", 1, 128));
        }
        if (a.message() == null || a.message().isBlank() || a.message().length() > 2000) {
            errors.add(FieldError.of("message", FieldError.Code.LENGTH, "1 to 2000 characters", 1, 2000));
        }
        if (a.accountId() != null && a.accountId().length() > 64) {
            errors.add(FieldError.tooLong("accountId", 64));
        }
        if (a.mustAct() == null || !Permission.ALERT_ACT.grants(a.mustAct())) {
            errors.add(new FieldError("mustAct", "a role that works alerts: " + Permission.ALERT_ACT.roles()));
        }
        return errors;
    }

    /** The inbox's kind filter: absent or blank is every kind; else one of {@link AlertKinds#ALL}, refused otherwise. */
    public static java.util.Optional<FieldError> checkKindFilter(String kind) {
        if (kind == null || kind.isBlank() || AlertKinds.ALL.contains(kind.strip())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(FieldError.oneOf("kind", AlertKinds.sorted()));
    }

    /** Members of the role that must act see an alert; auditors read them all. */
    public static boolean visibleTo(Set<Role> roles, Role mustAct) {
        return roles.contains(mustAct) || roles.contains(Role.AUDITOR);
    }

    /** The roles whose alerts someone with {@code roles} sees: those they work, or every one for an auditor. */
    public static Set<Role> visibleRoles(Set<Role> roles) {
        Set<Role> visible = java.util.EnumSet.noneOf(Role.class);
        for (Role r : Permission.ALERT_ACT.roles()) {
            if (visibleTo(roles, r)) {
                visible.add(r);
            }
        }
        return visible;
    }

    /** Only members of the role that must act work an alert, and it can be assigned only to one of them. */
    public static boolean mayWork(Set<Role> roles, Role mustAct) {
        return roles.contains(mustAct) && Permission.ALERT_ACT.grants(mustAct);
    }

    public static List<FieldError> checkNote(String note, boolean required) {
        if (note == null || note.isBlank()) {
            return required ? List.of(FieldError.of("note", FieldError.Code.SAY_WHAT_WAS_DONE, "required: say what was done")) : List.of();
        }
        return note.length() > NOTE_MAX ? List.of(FieldError.tooLong("note", NOTE_MAX)) : List.of();
    }
}
