package io.redress.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.Role;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApprovalLimitsTest {

    private final ApprovalLimits limits = ApprovalLimits.parse("SUPERVISOR=10000,COMPLIANCE=unlimited", "USD");

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aSupervisorApprovesUpToTheLimitAlone() {
        ApprovalLimits.Step step = limits.approve(EnumSet.of(Role.SUPERVISOR), usd("10000.00"), false);
        assertEquals(ApprovalLimits.Effect.FINAL, step.effect());
    }

    @Test
    void aboveTheLimitASecondApproverIsNeeded() {
        ApprovalLimits.Step step = limits.approve(EnumSet.of(Role.SUPERVISOR), usd("10000.01"), false);
        assertEquals(ApprovalLimits.Effect.NEEDS_SECOND_APPROVER, step.effect());
        assertFalse(step.refused());
    }

    @Test
    void theSecondApproversLimitMustCoverTheAmount() {
        ApprovalLimits.Step supervisor = limits.approve(EnumSet.of(Role.SUPERVISOR), usd("15000"), true);
        assertTrue(supervisor.refused());
        assertEquals("approval-limit", supervisor.violation().rule());
        assertEquals(ApprovalLimits.Effect.FINAL, limits.approve(EnumSet.of(Role.COMPLIANCE), usd("15000"), true).effect());
    }

    @Test
    void complianceHasNoUpperBound() {
        assertEquals(ApprovalLimits.Effect.FINAL, limits.approve(EnumSet.of(Role.COMPLIANCE), usd("99999999999"), false).effect());
    }

    @Test
    void aRoleNotConfiguredApprovesNothing() {
        ApprovalLimits.Step agent = limits.approve(EnumSet.of(Role.AGENT), usd("0.00"), false);
        assertEquals("approval-limit", agent.violation().rule());
    }

    @Test
    void anApproverActsInTheRoleWithTheHighestLimit() {
        assertEquals(Optional.of(Role.COMPLIANCE), limits.roleWithHighestLimit(EnumSet.of(Role.SUPERVISOR, Role.COMPLIANCE)));
        assertEquals(Optional.of(Role.SUPERVISOR), limits.roleWithHighestLimit(EnumSet.of(Role.AGENT, Role.SUPERVISOR)));
        assertEquals(Optional.empty(), limits.roleWithHighestLimit(EnumSet.of(Role.AGENT)));
        ApprovalLimits two = ApprovalLimits.parse("SUPERVISOR=500,SECURITY=2000", "EUR");
        assertEquals(Optional.of(Role.SECURITY), two.roleWithHighestLimit(EnumSet.of(Role.SUPERVISOR, Role.SECURITY)));
        assertEquals("EUR", two.currency());
    }

    @Test
    void malformedConfigurationStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> ApprovalLimits.parse("BOSS=10", "USD"));
        assertThrows(IllegalArgumentException.class, () -> ApprovalLimits.parse("SUPERVISOR=lots", "USD"));
        assertThrows(IllegalArgumentException.class, () -> ApprovalLimits.parse("SUPERVISOR=10", "dollars"));
    }
}
