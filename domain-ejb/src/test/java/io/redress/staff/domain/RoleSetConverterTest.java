package io.redress.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleSetConverterTest {

    private final RoleSetConverter converter = new RoleSetConverter();

    @Test
    void rolesAreStoredAsSortedCommaSeparatedNames() {
        assertEquals("ADMIN,AGENT,SUPERVISOR",
                converter.convertToDatabaseColumn(EnumSet.of(Role.SUPERVISOR, Role.AGENT, Role.ADMIN)));
        assertEquals("AUDITOR", converter.convertToDatabaseColumn(Set.of(Role.AUDITOR)));
    }

    @Test
    void noRolesAndNullAreStoredAsAnEmptyColumn() {
        assertEquals("", converter.convertToDatabaseColumn(Set.of()));
        assertEquals("", converter.convertToDatabaseColumn(null));
    }

    @Test
    void everySetOfRolesSurvivesARoundTrip() {
        Set<Role> all = EnumSet.allOf(Role.class);
        assertEquals(all, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(all)));
        Set<Role> some = EnumSet.of(Role.SECURITY, Role.COMPLIANCE);
        assertEquals(some, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(some)));
        assertEquals(Set.of(), converter.convertToEntityAttribute(converter.convertToDatabaseColumn(Set.of())));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anEmptyOrMissingColumnReadsAsNoRoles(String column) {
        Set<Role> roles = converter.convertToEntityAttribute(column);
        assertTrue(roles.isEmpty(), roles::toString);
    }

    @Test
    void spacesAroundNamesAreIgnoredWhenReading() {
        assertEquals(EnumSet.of(Role.AGENT, Role.SUPERVISOR), converter.convertToEntityAttribute(" SUPERVISOR , AGENT"));
    }

    @Test
    void anUnknownRoleNameIsRefusedRatherThanDropped() {
        assertThrows(IllegalArgumentException.class, () -> converter.convertToEntityAttribute("AGENT,JANITOR"));
    }
}
