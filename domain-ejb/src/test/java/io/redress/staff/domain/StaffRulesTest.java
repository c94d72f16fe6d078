package io.redress.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StaffRulesTest {

    private static final char[] GOOD_PASSWORD = "twelve chars".toCharArray();

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static List<FieldError> withUsername(String username) {
        return StaffRules.checkNew(username, "Jane Doe", Set.of(Role.AGENT), GOOD_PASSWORD);
    }

    @Test
    void aNameIsComparedInLowerCaseWithTheSpacesTypedAroundItForgiven() {
        assertEquals("agent", StaffRules.canonicalName("  Agent "));
    }

    @Test
    void aNameWithAControlCharacterMatchesNoStaffMemberAndCannotBeCreated() {
        for (String sent : List.of("agent\u0001", "agent\n", "\tagent", "agent\u0000")) {
            String name = StaffRules.canonicalName(sent);
            assertNotEquals("agent", name, "sent as " + sent.chars().boxed().toList());
            assertEquals(List.of("username"), fields(withUsername(name)));
        }
    }

    @Test
    void aCompleteValidStaffMemberHasNoErrors() {
        assertEquals(List.of(), StaffRules.checkNew("jane.doe", "Jane Doe", Set.of(Role.AGENT, Role.SUPERVISOR),
                GOOD_PASSWORD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jd", "jane.doe", "jane_doe-2", "j0"})
    void wellFormedUsernamesAreAccepted(String username) {
        assertEquals(List.of(), withUsername(username));
    }

    @Test
    void aUsernameOfSixtyFourCharactersIsTheLongestAccepted() {
        assertEquals(List.of(), withUsername("j".repeat(64)));
        assertEquals(List.of("username"), fields(withUsername("j".repeat(65))));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Jane", "janeDoe", "j", "1jane", ".jane", "_jane", "jane doe", "jane@doe", "jané"})
    void malformedUsernamesAreRejected(String username) {
        assertEquals(List.of("username"), fields(withUsername(username)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aMissingOrBlankDisplayNameIsRejected(String displayName) {
        assertEquals(List.of("displayName"), fields(StaffRules.checkDisplayName(displayName)));
    }

    @Test
    void aDisplayNameMayHaveUpTo128Characters() {
        assertEquals(List.of(), StaffRules.checkDisplayName("x".repeat(128)));
        assertEquals(List.of("displayName"), fields(StaffRules.checkDisplayName("x".repeat(129))));
    }

    @Test
    void atLeastOneRoleIsRequired() {
        assertEquals(List.of("roles"), fields(StaffRules.checkRoles(Set.of())));
        assertEquals(List.of("roles"), fields(StaffRules.checkRoles(null)));
    }

    @Test
    void anIntegrationClientHoldsNoStaffRole() {
        List<FieldError> errors = StaffRules.checkRoles(EnumSet.of(Role.INTEGRATION, Role.AGENT));
        assertEquals(List.of("roles"), fields(errors));
        assertTrue(errors.get(0).message().contains("INTEGRATION"), errors.get(0).message());
    }

    @Test
    void integrationAloneOrAnyMixOfStaffRolesIsAccepted() {
        assertEquals(List.of(), StaffRules.checkRoles(Set.of(Role.INTEGRATION)));
        assertEquals(List.of(), StaffRules.checkRoles(EnumSet.complementOf(EnumSet.of(Role.INTEGRATION))));
    }

    @Test
    void passwordsRunFromTwelveTo256Characters() {
        assertEquals(List.of("password"), fields(StaffRules.checkPassword(null)));
        assertEquals(List.of("password"), fields(StaffRules.checkPassword(new char[0])));
        assertEquals(List.of("password"), fields(StaffRules.checkPassword("x".repeat(11).toCharArray())));
        assertEquals(List.of(), StaffRules.checkPassword("x".repeat(12).toCharArray()));
        assertEquals(List.of(), StaffRules.checkPassword("x".repeat(256).toCharArray()));
        assertEquals(List.of("password"), fields(StaffRules.checkPassword("x".repeat(257).toCharArray())));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        List<FieldError> errors = StaffRules.checkNew("Bad Name", " ", EnumSet.of(Role.INTEGRATION, Role.ADMIN),
                "short".toCharArray());
        assertEquals(List.of("username", "displayName", "roles", "password"), fields(errors));
        assertTrue(errors.stream().allMatch(e -> e.message() != null && !e.message().isBlank()));
    }

    @Test
    void nobodyGivesThemselvesARoleTheyDoNotHold() {
        RuleViolation v = StaffRules.checkOwnRoles(EnumSet.of(Role.ADMIN), EnumSet.of(Role.ADMIN, Role.COMPLIANCE)).orElseThrow();
        assertEquals(List.of("no-self-role-grant"), v.rules());
        assertTrue(v.getMessage().contains("COMPLIANCE") && v.getMessage().contains("another administrator"), v.getMessage());
        assertEquals(List.of(List.of("COMPLIANCE")), v.arguments());
        assertEquals(List.of("no-self-role-grant"), StaffRules.checkOwnRoles(EnumSet.of(Role.ADMIN, Role.AUDITOR),
                EnumSet.of(Role.ADMIN, Role.AGENT)).orElseThrow().rules(), "swapping one role for another adds one");
    }

    @Test
    void droppingAnotherRoleOfOnesOwnOrKeepingThemAllIsAllowed() {
        assertTrue(StaffRules.checkOwnRoles(EnumSet.of(Role.ADMIN, Role.COMPLIANCE), EnumSet.of(Role.ADMIN)).isEmpty());
        assertTrue(StaffRules.checkOwnRoles(EnumSet.of(Role.ADMIN, Role.COMPLIANCE), EnumSet.of(Role.ADMIN, Role.COMPLIANCE)).isEmpty());
    }

    @Test
    void anAdministratorKeepsAdminAndBothRefusalsAreNamedTogether() {
        assertEquals(List.of("no-self-demotion"), StaffRules.checkOwnRoles(EnumSet.of(Role.ADMIN, Role.AGENT),
                EnumSet.of(Role.AGENT)).orElseThrow().rules());
        RuleViolation both = StaffRules.checkOwnRoles(EnumSet.of(Role.ADMIN), EnumSet.of(Role.SUPERVISOR)).orElseThrow();
        assertEquals(List.of("no-self-demotion", "no-self-role-grant"), both.rules(), "the older rule first, as clients read rule");
        assertEquals(2, both.messages().size());
    }
}
