package io.redress.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {

    @Test
    void anAttemptedNameIsKeptAsTheAuditCanStoreIt() {
        assertEquals("agent", Actor.anonymous("agent", "10.0.0.1").name());
        String cut = Actor.anonymous("u".repeat(3000), "10.0.0.1").name();
        assertEquals("u".repeat(Actor.ATTEMPTED_NAME_MAX) + "\u2026", cut);
        // never half of a character
        assertEquals("a".repeat(63) + "\u2026", Actor.attempted("a".repeat(63) + "\uD83D\uDE00" + "b"));
        assertEquals("anonymous", Actor.anonymous(" ", "10.0.0.1").name());
    }

    @Test
    void actingAsReturnsTheAllowedRoleTheActorHolds() {
        Actor actor = new Actor("sam", Set.of(Role.AGENT, Role.SECURITY), "10.0.0.1");
        assertEquals(Optional.of(Role.SECURITY), actor.actingAs(EnumSet.of(Role.SECURITY, Role.ADMIN)));
    }

    @Test
    void actingAsPrefersTheFirstAllowedRoleInRoleOrder() {
        Actor actor = new Actor("sam", Set.of(Role.ADMIN, Role.SUPERVISOR, Role.AGENT), "10.0.0.1");
        assertEquals(Optional.of(Role.SUPERVISOR), actor.actingAs(Set.of(Role.ADMIN, Role.SUPERVISOR)));
        assertEquals(Optional.of(Role.AGENT), actor.actingAs(EnumSet.allOf(Role.class)));
    }

    @Test
    void actingAsIsEmptyWhenTheActorHoldsNoneOfTheAllowedRoles() {
        Actor actor = new Actor("sam", Set.of(Role.AGENT), "10.0.0.1");
        assertEquals(Optional.empty(), actor.actingAs(Set.of(Role.ADMIN, Role.AUDITOR)));
        assertEquals(Optional.empty(), actor.actingAs(Set.of()));
    }

    @Test
    void theSystemActorHoldsEveryRole() {
        Actor system = Actor.system();
        assertEquals(Actor.SYSTEM, system.name());
        for (Role role : Role.values()) {
            assertTrue(system.has(role), role.name());
            assertEquals(Optional.of(role), system.actingAs(Set.of(role)));
        }
    }

    @Test
    void anAnonymousActorHasNoRoles() {
        Actor anonymous = Actor.anonymous("mallory", "10.6.6.6");
        assertEquals("mallory", anonymous.name());
        assertTrue(anonymous.roles().isEmpty());
        for (Role role : Role.values()) {
            assertFalse(anonymous.has(role), role.name());
        }
        assertEquals(Optional.empty(), anonymous.actingAs(EnumSet.allOf(Role.class)));
        assertEquals("NONE", anonymous.primaryRole());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anAnonymousActorWithoutAnAttemptedNameIsCalledAnonymous(String attempted) {
        assertEquals("anonymous", Actor.anonymous(attempted, "10.0.0.1").name());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void theOriginDefaultsToUnknown(String origin) {
        assertEquals("unknown", new Actor("sam", Set.of(Role.AGENT), origin).origin());
        assertEquals("unknown", Actor.anonymous("sam", origin).origin());
    }

    @Test
    void aGivenOriginIsKept() {
        assertEquals("192.0.2.7", new Actor("sam", Set.of(Role.AGENT), "192.0.2.7").origin());
    }

    @Test
    void thePrimaryRoleIsTheFirstHeldInRoleOrder() {
        assertEquals("SUPERVISOR", new Actor("sam", Set.of(Role.ADMIN, Role.SUPERVISOR), null).primaryRole());
    }

    @Test
    void theRolesAreACopyThatCannotBeChanged() {
        Set<Role> given = EnumSet.of(Role.AGENT);
        Actor actor = new Actor("sam", given, null);
        given.add(Role.ADMIN);

        assertFalse(actor.has(Role.ADMIN));
        assertThrows(UnsupportedOperationException.class, () -> actor.roles().add(Role.ADMIN));
    }

    @Test
    void aNameIsRequired() {
        assertThrows(NullPointerException.class, () -> new Actor(null, Set.of(Role.AGENT), null));
    }

    @org.junit.jupiter.api.Test
    void nullRolesMeanNoRoles() {
        org.junit.jupiter.api.Assertions.assertTrue(new Actor("x", null, "1.2.3.4").roles().isEmpty());
    }
}
