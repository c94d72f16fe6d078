package io.redress.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimRulesTest {

    private static final AssetCatalogue ASSETS = AssetCatalogue.parse(AssetCatalogue.DEFAULT);

    private static NewClaim claim(String asset, String amount) {
        return new NewClaim("ACC-1", asset, amount, "Keys leaked through the bot service; pump trades drained my USDT.",
                null, null, null, "INC-2022-11", "EVR-17");
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static String amountError(String asset, String amount) {
        List<FieldError> errors = ClaimRules.checkNew(claim(asset, amount), ASSETS);
        return errors.stream().filter(e -> e.field().equals("amount")).map(FieldError::message).findFirst().orElse(null);
    }

    @Test
    void aWellFormedClaimHasNoErrors() {
        assertEquals(List.of(), ClaimRules.checkNew(claim("BTC", "0.12345678"), ASSETS));
        assertEquals(List.of(), ClaimRules.checkNew(claim("ETH", "1.000000000000000001"), ASSETS));
        assertEquals(List.of(), ClaimRules.checkNew(claim("USD", "15000"), ASSETS));
    }

    @Test
    void moreDecimalsThanTheAssetHasAreRefusedNotRounded() {
        assertEquals("at most 8 decimals for this asset", amountError("BTC", "0.123456789"));
        assertEquals("at most 2 decimals for this asset", amountError("USD", "10.001"));
        assertEquals("at most 6 decimals for this asset", amountError("USDT", "1.0000001"));
        assertNull(amountError("USDT", "1.000001"));
    }

    @Test
    void zeroNegativeAndMalformedAmountsAreRefused() {
        assertEquals("must be more than zero", amountError("BTC", "0"));
        assertEquals("must be more than zero", amountError("BTC", "0.00000000"));
        assertEquals("must be more than zero", amountError("BTC", "-1"));
        assertTrue(amountError("BTC", "1e5").startsWith("a decimal amount"));
        assertTrue(amountError("BTC", "1,5").startsWith("a decimal amount"));
        assertTrue(amountError("BTC", " 1").startsWith("a decimal amount"));
        assertTrue(amountError("BTC", null).startsWith("required"));
        assertTrue(amountError("BTC", "1".repeat(21)).contains("20 digits"));
    }

    @Test
    void theAmountKeepsEveryDecimalInTheAssetsScale() {
        BigDecimal a = ClaimRules.amount("amount", "1.5", 8, new ArrayList<>());
        assertEquals("1.50000000", a.toPlainString());
    }

    @Test
    void anUnknownAssetAndMissingTextsAreNamed() {
        NewClaim bad = new NewClaim(" ", "DOGE", "1", "short", null, null, "de", "bad ref", null);
        assertEquals(List.of("accountId", "asset", "description", "language", "incidentRef"),
                fields(ClaimRules.checkNew(bad, ASSETS)));
    }

    @Test
    void fullPaysExactlyTheClaimedAmount() {
        BigDecimal claimed = new BigDecimal("2.00000000");
        List<FieldError> errors = new ArrayList<>();
        assertEquals(claimed, ClaimRules.decidedAmount(new DecisionRequest(ClaimOutcome.FULL, null, "r", null), claimed, 8, errors));
        assertEquals(claimed, ClaimRules.decidedAmount(new DecisionRequest(ClaimOutcome.FULL, "2", "r", null), claimed, 8, errors));
        assertEquals(List.of(), errors);
        ClaimRules.decidedAmount(new DecisionRequest(ClaimOutcome.FULL, "1.9", "r", null), claimed, 8, errors);
        assertEquals(List.of("amount"), fields(errors));
    }

    @Test
    void partialAndGoodwillPayLessThanTheClaimButSomething() {
        BigDecimal claimed = new BigDecimal("100.00");
        for (ClaimOutcome o : EnumSet.of(ClaimOutcome.PARTIAL, ClaimOutcome.GOODWILL)) {
            List<FieldError> errors = new ArrayList<>();
            assertEquals(new BigDecimal("40.00"), ClaimRules.decidedAmount(new DecisionRequest(o, "40", "r", null), claimed, 2, errors));
            assertNull(ClaimRules.decidedAmount(new DecisionRequest(o, "100", "r", null), claimed, 2, errors));
            assertNull(ClaimRules.decidedAmount(new DecisionRequest(o, "0", "r", null), claimed, 2, errors));
            assertNull(ClaimRules.decidedAmount(new DecisionRequest(o, null, "r", null), claimed, 2, errors));
            assertNull(ClaimRules.decidedAmount(new DecisionRequest(o, "10.001", "r", null), claimed, 2, errors));
            assertEquals(4, errors.size(), o + ": " + errors);
        }
    }

    @Test
    void denyPaysNothing() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(0, ClaimRules.decidedAmount(new DecisionRequest(ClaimOutcome.DENY, null, "r", null),
                BigDecimal.TEN, 2, errors).signum());
        ClaimRules.decidedAmount(new DecisionRequest(ClaimOutcome.DENY, "0", "r", null), BigDecimal.TEN, 2, errors);
        assertEquals(List.of(), errors);
        ClaimRules.decidedAmount(new DecisionRequest(ClaimOutcome.DENY, "5", "r", null), BigDecimal.TEN, 2, errors);
        assertEquals(List.of("amount"), fields(errors));
    }

    @Test
    void aDecisionNeedsAnOutcomeAndWrittenReasons() {
        List<FieldError> errors = new ArrayList<>();
        ClaimRules.decidedAmount(new DecisionRequest(null, null, null, null), BigDecimal.TEN, 2, errors);
        errors.addAll(ClaimRules.checkDecisionReasons("too short"));
        assertEquals(List.of("outcome", "reasons"), fields(errors));
    }

    @Test
    void theReferenceValueIsRoundedUpToTheCentSoALimitIsNeverUndercut() {
        assertEquals(new BigDecimal("10000.01"), ClaimRules.inReference(new BigDecimal("0.16666667"), new BigDecimal("60000")));
        assertEquals(new BigDecimal("0.00"), ClaimRules.inReference(BigDecimal.ZERO.setScale(8), new BigDecimal("60000")));
    }

    @Test
    void theAssessorAndTheDeciderNeverApproveAndTheSecondApproverIsAnotherPerson() {
        assertEquals(List.of(), ClaimRules.checkApprover("carol", "alice", "bob", null));
        assertEquals("four-eyes", ClaimRules.checkApprover("alice", "alice", "bob", null).get(0).rule());
        assertEquals("four-eyes", ClaimRules.checkApprover("bob", "alice", "bob", null).get(0).rule());
        assertEquals("four-eyes", ClaimRules.checkApprover("carol", "alice", "bob", "carol").get(0).rule());
        assertEquals(List.of(), ClaimRules.checkApprover("dave", "alice", "bob", "carol"));
    }

    @Test
    void anAppealReviewerTookNoPartInTheClaim() {
        assertEquals("reviewer-involved", ClaimRules.checkReviewer("carol", "alice", "bob", "carol", null).get(0).rule());
        assertEquals(List.of(), ClaimRules.checkReviewer("erin", "alice", "bob", "carol", null));
    }

    @Test
    void aStepOutsideItsStatesNamesTheRule() {
        assertEquals(List.of(), ClaimRules.checkState(ClaimState.ASSESSED, EnumSet.of(ClaimState.ASSESSED), "decided"));
        assertEquals("claim-state", ClaimRules.checkState(ClaimState.PAID, EnumSet.of(ClaimState.ASSESSED), "decided")
                .get(0).rule());
    }

    @Test
    void theSameClaimHasTheSameFingerprintWhateverTheTrailingZeros() {
        assertEquals(ClaimRules.fingerprint(claim("BTC", "1.5")), ClaimRules.fingerprint(claim("BTC", "1.50000000")));
        assertNotEquals(ClaimRules.fingerprint(claim("BTC", "1.5")), ClaimRules.fingerprint(claim("BTC", "1.6")));
    }

    @Test
    void idempotencyKeysAndPayoutReferencesHaveAShape() {
        assertEquals(List.of(), ClaimRules.checkIdempotencyKey(null));
        assertEquals(List.of(), ClaimRules.checkIdempotencyKey("claim-2026-0001"));
        assertEquals(List.of("Idempotency-Key"), fields(ClaimRules.checkIdempotencyKey("short")));
        assertEquals(List.of(), ClaimRules.checkPayoutReference("PAYOUT-778812"));
        assertEquals(List.of("reference"), fields(ClaimRules.checkPayoutReference("with space")));
        assertEquals(List.of("reference"), fields(ClaimRules.checkPayoutReference(null)));
    }
}
