package io.redress.staff.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.Role;
import io.redress.staff.domain.StaffRules;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffBootstrapTest {

    @Test
    void demoModeHasTwoPeopleForEachApprovingRoleSoThatAnAppealCanBeDecidedBySomeoneUninvolved() {
        // a closure is approved by one compliance officer; its appeal needs another
        for (Role approving : List.of(Role.SUPERVISOR, Role.COMPLIANCE)) {
            long people = StaffBootstrap.DEMO_LOGINS.stream().filter(l -> l.role() == approving).count();
            assertTrue(people >= 2, approving + " has " + people);
        }
    }

    @Test
    void everyRoleHasADemoLoginAndUsernamesAreUniqueAndValid() {
        EnumSet<Role> covered = EnumSet.noneOf(Role.class);
        var names = new HashSet<String>();
        for (StaffBootstrap.DemoLogin login : StaffBootstrap.DEMO_LOGINS) {
            covered.add(login.role());
            assertTrue(names.add(login.username()), login.username());
            assertTrue(StaffRules.checkNew(login.username(), login.displayName(), EnumSet.of(login.role()),
                    "a-long-enough-password".toCharArray()).isEmpty(), login.username());
        }
        assertEquals(EnumSet.allOf(Role.class), covered);
    }

    @Test
    void aDemoLoginLineIsRoleUsernamePasswordAsCiReadsItWithAwk() {
        String line = StaffBootstrap.line(new StaffBootstrap.DemoLogin("compliance2", "Casey Compliance", Role.COMPLIANCE),
                "pw3456789abcdefg");
        assertArrayEquals(new String[] {"COMPLIANCE", "compliance2", "pw3456789abcdefg"}, line.trim().split("\\s+"));
    }
}
