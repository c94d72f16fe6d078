package io.redress.staff.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whose failures count together: a staff member's name wherever the attempts come from (a person's password is guessed
 * from many places), an integration client's name per address (a stranger failing with the exchange's user name must
 * not lock the exchange's own systems out).
 */
class LoginThrottleKeysTest {

    @Test
    void aStaffMembersFailuresCountTogetherFromEveryAddress() {
        assertEquals(LoginThrottle.userKey("agent", "203.0.113.7", false), LoginThrottle.userKey("agent", "10.0.0.1", false));
    }

    @Test
    void anIntegrationClientsFailuresCountPerAddress() {
        String stranger = LoginThrottle.userKey("exchange", "203.0.113.7", true);
        String exchange = LoginThrottle.userKey("exchange", "10.0.0.1", true);
        assertNotEquals(stranger, exchange, "the stranger's lock is not the exchange's");
        assertEquals(exchange, LoginThrottle.userKey("exchange", "10.0.0.1", true), "the same address counts together");
        assertNotEquals(LoginThrottle.userKey("exchange", "10.0.0.1", false), exchange, "never a staff member's key");
    }

    @Test
    void keysFitTheColumnWhateverTheNameAndAddress() {
        String longName = "x".repeat(300);
        String ipv6 = "2001:0db8:85a3:0000:0000:8a2e:0370:7334";
        for (boolean machine : new boolean[] {false, true}) {
            assertTrue(LoginThrottle.userKey(longName, ipv6, machine).length() <= 72);
            assertTrue(LoginThrottle.userKey("exchange", ipv6, machine).length() <= 72);
        }
        assertNotEquals(LoginThrottle.userKey(longName, "10.0.0.1", true), LoginThrottle.userKey(longName, "10.0.0.2", true));
    }

    @Test
    void anIpv6SourceCountsAsItsSlashSixtyFour() {
        String guesser = "2001:db8:1:2::1";
        String rotated = "2001:db8:1:2:dead:beef:0:7";
        assertEquals(LoginThrottle.addressKey(guesser), LoginThrottle.addressKey(rotated), "a new address of the same /64");
        assertEquals(LoginThrottle.userKey("exchange", guesser, true), LoginThrottle.userKey("exchange", rotated, true));
        assertNotEquals(LoginThrottle.addressKey(guesser), LoginThrottle.addressKey("2001:db8:1:3::1"));
        assertEquals(LoginThrottle.addressKey("203.0.113.7"), LoginThrottle.addressKey("::ffff:203.0.113.7"));
        assertNotEquals(LoginThrottle.addressKey("10.0.0.1"), LoginThrottle.addressKey("10.0.0.2"));
    }

    @Test
    void onlyAnAccountWhoseOneRoleIsIntegrationIsAMachineClient() {
        assertTrue(LoginThrottle.machineClient(Set.of(Role.INTEGRATION)));
        assertFalse(LoginThrottle.machineClient(EnumSet.of(Role.INTEGRATION, Role.ADMIN)), "a person with an integration role too");
        assertFalse(LoginThrottle.machineClient(Set.of(Role.AGENT)));
        assertFalse(LoginThrottle.machineClient(Set.of()));
    }
}
