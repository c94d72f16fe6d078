package io.redress.staff.domain;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.Role;
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

    public static List<FieldError> checkNew(String username, String displayName, Set<Role> roles, char[] password) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username",
                    "2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter"));
        }
        errors.addAll(checkDisplayName(displayName));
        errors.addAll(checkRoles(roles));
        errors.addAll(checkPassword(password));
        return errors;
    }

    public static List<FieldError> checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 128) {
            return List.of(new FieldError("displayName", "is required, at most 128 characters"));
        }
        return List.of();
    }

    public static List<FieldError> checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return List.of(new FieldError("roles", "at least one role is required"));
        }
        if (roles.contains(Role.INTEGRATION) && roles.size() > 1) {
            return List.of(new FieldError("roles", "an integration client holds INTEGRATION only, never a staff role"));
        }
        return List.of();
    }

    public static List<FieldError> checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            return List.of(new FieldError("password", "at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (password.length > 256) {
            return List.of(new FieldError("password", "at most 256 characters"));
        }
        return List.of();
    }
}
