package io.redress.staff.domain;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.StorableText;
import io.redress.staff.api.StaffRoster;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a valid staff account looks like. Plain Java; the service asks it before storing anything. */
public final class StaffRules {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    private StaffRules() {
    }

    /**
     * A user name as stored and compared ({@link StaffRoster#canonicalName}, which other contexts use too); one holding
     * a control character cannot be created ({@link #checkNew} refuses it).
     */
    public static String canonicalName(String username) {
        return StaffRoster.canonicalName(username);
    }

    public static List<FieldError> checkNew(String username, String displayName, Set<Role> roles, char[] password) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(FieldError.of("username", FieldError.Code.USERNAME,
                    "2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter"));
        }
        errors.addAll(checkDisplayName(displayName));
        errors.addAll(checkRoles(roles));
        errors.addAll(checkPassword(password));
        return errors;
    }

    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 500;

    /**
     * Disabling someone says why, for the audit trail (left the company, a lost laptop, a suspected compromise): at least
     * {@link #REASON_MIN} characters.
     */
    public static List<FieldError> checkDisableReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(FieldError.of("reason", FieldError.Code.DISABLE_REASON, "is required: why this person is disabled, for the audit trail"));
        }
        int length = reason.strip().length();
        if (length < REASON_MIN || length > REASON_MAX) {
            return List.of(FieldError.of("reason", FieldError.Code.LENGTH, REASON_MIN + " to " + REASON_MAX + " characters", REASON_MIN, REASON_MAX));
        }
        return StorableText.problem(reason).map(p -> List.of(new FieldError("reason", p))).orElse(List.of());
    }

    public static List<FieldError> checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 128) {
            return List.of(FieldError.of("displayName", FieldError.Code.REQUIRED_TOO_LONG, "is required, at most 128 characters", 128));
        }
        return List.of();
    }

    public static List<FieldError> checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return List.of(FieldError.of("roles", FieldError.Code.ROLE_REQUIRED, "at least one role is required"));
        }
        if (roles.contains(Role.INTEGRATION) && roles.size() > 1) {
            return List.of(FieldError.of("roles", FieldError.Code.INTEGRATION_ROLE_ONLY, "an integration client holds INTEGRATION only, never a staff role"));
        }
        return List.of();
    }

    /** A staff member asked to give themselves a role they do not hold. */
    public static final String NO_SELF_ROLE_GRANT = "no-self-role-grant";
    /** An administrator asked to take ADMIN from themselves (the last one could lock everyone out). */
    public static final String NO_SELF_DEMOTION = "no-self-demotion";

    /**
     * What a change of one's own roles breaks, if anything: nobody adds a role to themselves, for four eyes rests on
     * the second person being someone the first could not make (an administrator who made themselves COMPLIANCE could
     * approve a suspension alone; another administrator may grant it, audited as theirs); and an administrator keeps
     * ADMIN. Dropping another role of one's own is allowed.
     */
    public static Optional<RuleViolation> checkOwnRoles(Set<Role> held, Set<Role> asked) {
        List<String> rules = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        List<List<String>> arguments = new ArrayList<>();
        Set<Role> added = asked.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(asked);
        added.removeAll(held);
        if (held.contains(Role.ADMIN) && !asked.contains(Role.ADMIN)) {
            rules.add(NO_SELF_DEMOTION);
            messages.add("An administrator cannot remove their own ADMIN role");
            arguments.add(List.of());
        }
        if (!added.isEmpty()) {
            String roles = String.join(", ", added.stream().map(Enum::name).toList());
            rules.add(NO_SELF_ROLE_GRANT);
            messages.add("Nobody may give themselves a role (" + roles + "): another administrator grants it");
            arguments.add(List.of(roles));
        }
        return rules.isEmpty() ? Optional.empty()
                : Optional.of(new RuleViolation(rules.get(0), String.join("; ", messages), rules, messages, arguments));
    }

    public static List<FieldError> checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            return List.of(FieldError.of("password", FieldError.Code.TOO_SHORT, "at least " + MIN_PASSWORD_LENGTH + " characters", MIN_PASSWORD_LENGTH));
        }
        if (password.length > 256) {
            return List.of(FieldError.tooLong("password", 256));
        }
        return List.of();
    }
}
