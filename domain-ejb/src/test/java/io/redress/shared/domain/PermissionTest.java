package io.redress.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PermissionTest {

    @Test
    void everyActionNameIsUsedOnce() {
        Set<String> names = Arrays.stream(Permission.values()).map(Permission::action).collect(Collectors.toSet());
        assertEquals(Permission.values().length, names.size());
    }

    @Test
    void everyPermissionGrantsAtLeastOneRole() {
        for (Permission p : Permission.values()) {
            assertFalse(p.roles().isEmpty(), p.action());
        }
    }

    @Test
    void anActionIsFoundByItsName() {
        assertEquals(Optional.of(Permission.RESTRICTION_APPROVE), Permission.named("restriction.approve"));
        assertEquals(Optional.empty(), Permission.named("restriction.approve-everything"));
    }

    @Test
    void theActorActsInTheFirstOfTheirRolesThePermissionGrants() {
        Actor both = new Actor("kim", Set.of(Role.AUDITOR, Role.COMPLIANCE), "10.0.0.1");
        assertEquals(Optional.of(Role.COMPLIANCE), Permission.RESTRICTION_INBOX.actingRole(both));
        assertEquals(Optional.of(Role.AUDITOR), Permission.AUDIT_SEARCH.actingRole(both));
    }

    @Test
    void onlyTheGrantedRolesAreAllowed() {
        Actor agent = new Actor("ann", Set.of(Role.AGENT), "10.0.0.1");
        Actor integration = new Actor("core", Set.of(Role.INTEGRATION), "10.0.0.2");
        assertTrue(Permission.RESTRICTION_REQUEST.allows(agent));
        assertFalse(Permission.RESTRICTION_APPROVE.allows(agent));
        assertTrue(Permission.CASE_READ_CUSTOMER_VIEW.allows(integration));
        assertFalse(Permission.CASE_READ.allows(integration), "the exchange sees a case only as its customer may");
        assertFalse(Permission.APPEAL_LIST.allows(integration));
        assertFalse(Permission.APPEAL_READ.allows(integration), "an appeal's reviewer is staff-only");
        assertTrue(Permission.APPEAL_READ_CUSTOMER_VIEW.allows(integration));
        assertFalse(Permission.RESTRICTION_READ.allows(integration), "a pending measure must never reach the exchange");
        assertFalse(Permission.ACCOUNT_HISTORY.allows(integration), "the history holds staff reasons and addresses");
    }

    @Test
    void staffWithoutRolesMayDoNothing() {
        Actor nobody = Actor.anonymous("eve", "10.0.0.3");
        assertTrue(Arrays.stream(Permission.values()).noneMatch(p -> p.allows(nobody)));
    }
}
