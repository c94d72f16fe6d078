package io.redress.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LossClaimTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Instant WINDOW_END = NOW.plus(Duration.ofDays(30));

    private static LossClaim claim(String amount) {
        return new LossClaim("ACC-1", "BTC", 8, new BigDecimal(amount).setScale(8), "Pump trades on my key.", "RD-AAAA-BBBB",
                "en", "INC-1", null, "exchange", true, NOW, NOW.plus(Duration.ofDays(61)), null, "f");
    }

    private static LossClaim decided(ClaimOutcome outcome, String amount) {
        LossClaim c = claim("1");
        c.assess(Liability.THIRD_PARTY, "The keys leaked at the bot service.", "alice", NOW);
        c.propose(outcome, new BigDecimal(amount), "Reasons the customer reads.", new BigDecimal("60000"), "CONFIGURED",
                new BigDecimal(amount).multiply(new BigDecimal("60000")), "USD", "bob", NOW);
        return c;
    }

    @Test
    void aClaimIsKeptInItsAssetsDecimals() {
        assertEquals("0.50000000", claim("0.5").view().amountClaimed());
        assertThrows(IllegalArgumentException.class, () -> new LossClaim("ACC-1", "USD", 2, new BigDecimal("1.001"), "x",
                "RD-AAAA-BBBB", "en", null, null, "x", false, NOW, NOW, null, "f"));
    }

    @Test
    void oneApprovalWithinTheLimitMakesAPaymentFinal() {
        LossClaim c = decided(ClaimOutcome.FULL, "1");
        c.approve("carol", "SUPERVISOR", true, NOW, WINDOW_END);
        assertEquals(ClaimState.AWAITING_PAYOUT, c.state());
        assertNull(c.appealableUntil(), "only a denial is appealed");
        c.recordPayout("PAY-1", "exchange", NOW);
        assertEquals(ClaimState.PAID, c.state());
    }

    @Test
    void aboveTheLimitTheFirstApprovalWaitsForASecond() {
        LossClaim c = decided(ClaimOutcome.PARTIAL, "0.5");
        c.approve("carol", "SUPERVISOR", false, NOW, WINDOW_END);
        assertEquals(ClaimState.PENDING_SECOND_APPROVAL, c.state());
        c.approve("dave", "COMPLIANCE", true, NOW, WINDOW_END);
        assertEquals(ClaimState.AWAITING_PAYOUT, c.state());
        assertEquals("carol", c.view().firstApprover());
        assertEquals("dave", c.view().secondApprover());
    }

    @Test
    void aDenialOpensTheAppealWindowOnceAndAnOverturnClearsTheDecision() {
        LossClaim c = decided(ClaimOutcome.DENY, "0");
        c.approve("carol", "SUPERVISOR", true, NOW, WINDOW_END);
        assertEquals(ClaimState.DENIED, c.state());
        assertEquals(WINDOW_END, c.appealableUntil());
        c.appeal("I never shared the key.", "exchange", NOW);
        c.decideAppeal(AppealVerdict.OVERTURNED, "erin", "The bot service confirmed the leak.", NOW);
        assertEquals(ClaimState.ASSESSED, c.state());
        assertNull(c.outcome());
        assertNull(c.firstApprover());
        c.propose(ClaimOutcome.DENY, BigDecimal.ZERO, "Still denied for other reasons.", BigDecimal.ONE, "CONFIGURED",
                BigDecimal.ZERO, "USD", "frank", NOW);
        c.approve("gina", "SUPERVISOR", true, NOW, WINDOW_END);
        assertNull(c.appealableUntil(), "a claim is appealed once");
    }

    @Test
    void theCustomerSeesNoPendingDecisionAndNoStaff() {
        LossClaim c = decided(ClaimOutcome.FULL, "1");
        CustomerClaim pending = CustomerClaim.of(c.view());
        assertEquals("UNDER_REVIEW", pending.status());
        assertNull(pending.outcome());
        assertNull(pending.reasons());
        c.approve("carol", "SUPERVISOR", true, NOW, WINDOW_END);
        CustomerClaim fin = CustomerClaim.of(c.view());
        assertEquals(ClaimOutcome.FULL, fin.outcome());
        assertEquals("Reasons the customer reads.", fin.reasons());
        assertEquals("PAYOUT_PENDING", fin.status());
    }
}
