package io.redress.staff.domain;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.StorableText;
import io.redress.staff.api.StaffRoster;
import java.util.ArrayList;
import java.util.List;
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
