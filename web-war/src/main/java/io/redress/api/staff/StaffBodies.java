package io.redress.api.staff;

import io.redress.shared.domain.Role;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies the staff resource reads field by field, as {@code /openapi} documents them. */
final class StaffBodies {

    private StaffBodies() {
    }

    @Schema(name = "NewStaff", description = "A new staff member or integration client")
    record NewStaff(
            @Schema(required = true, description = "A lower-case letter, then lower-case letters, digits, '.', '_' or '-'",
                    pattern = "^[a-z][a-z0-9._-]{1,63}$")
            String username,
            @Schema(required = true, maxLength = 128) String displayName,
            @Schema(required = true, description = "INTEGRATION is never combined with a staff role", minItems = 1)
            Set<Role> roles,
            @Schema(required = true, description = "The initial password", minLength = 12, maxLength = 256) String password) {
    }

    @Schema(name = "StaffChange", description = "Disabling or enabling a staff member")
    record Change(
            @Schema(required = true, description = "The version read") Long version,
            @Schema(required = true, description = "Why, in writing", maxLength = 4000) String reason) {
    }

    @Schema(name = "StaffRoles", description = "Replacing a staff member's roles")
    record Roles(
            @Schema(required = true, minItems = 1) Set<Role> roles,
            @Schema(required = true, description = "The version read") Long version,
            @Schema(required = true, description = "Why, in writing", maxLength = 4000) String reason) {
    }
}
