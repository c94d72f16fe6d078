package io.redress.api.claims;

import io.redress.claims.domain.AppealVerdict;
import io.redress.claims.domain.ClaimOutcome;
import io.redress.claims.domain.Liability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON bodies the claim resource reads field by field, as {@code /openapi} documents them. Amounts are strings
 * holding an exact decimal ("0.12345678"): at most as many decimals as the asset has, never a binary number.
 */
final class ClaimBodies {

    static final String DECIMAL = "^[0-9]{1,20}(\\.[0-9]{1,18})?$";

    private ClaimBodies() {
    }

    @Schema(name = "NewClaim", description = "A customer's claim for a loss. Without a ticket a LOSS_CLAIM case is opened"
            + " (the customer is acknowledged with the date the final answer is due); with one, the claim joins that case"
            + " of the same account. Send an Idempotency-Key header to make a retried request file the claim once")
    record NewClaim(
            @Schema(required = true, minLength = 1, maxLength = 64) String accountId,
            @Schema(required = true, description = "An asset of the catalogue (redress.claims.assets)", example = "BTC")
            String asset,
            @Schema(required = true, description = "The amount lost: more than zero, at most the asset's decimals",
                    pattern = DECIMAL, example = "0.5") String amount,
            @Schema(required = true, description = "What happened", minLength = 10, maxLength = 4000) String description,
            @Schema(description = "The customer's case, if there is one", example = "RD-7K3Q-9P2M", maxLength = 16)
            String ticket,
            @Schema(description = "For a new case", maxLength = 200) String customerName,
            @Schema(description = "For a new case: the customer's language", enumeration = {"en", "fr", "ja"}) String language,
            @Schema(description = "The third-party incident the claim relies on", pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
            String incidentRef,
            @Schema(description = "The leak-attribution evidence report it relies on",
                    pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$") String evidenceRef) {

        // declared, so that the component's @Schema stays off the accessor: Payara 6's scanner takes a method whose name
        // contains "set" for a setter and reads its first parameter (/openapi answered 500 on "asset()")
        @Override
        public String asset() {
            return asset;
        }
    }

    @Schema(name = "ClaimAssessment", description = "The assessment of liability, with written reasoning (internal)")
    record Assessment(
            @Schema(required = true) Liability liability,
            @Schema(required = true, minLength = 20, maxLength = 4000) String reasoning,
            @Schema(required = true, description = "The version of the claim read") Long version) {
    }

    @Schema(name = "ClaimDecision", description = "A decision proposed for approval. FULL pays the claimed amount,"
            + " PARTIAL and GOODWILL less, DENY nothing; the reasons are sent to the customer once approved")
    record Decision(
            @Schema(required = true) ClaimOutcome outcome,
            @Schema(description = "PARTIAL and GOODWILL: required; FULL: the claimed amount or absent; DENY: 0 or absent",
                    pattern = DECIMAL) String amount,
            @Schema(required = true, description = "The reasons the customer will read", minLength = 20, maxLength = 4000)
            String reasons,
            @Schema(description = "One unit of the asset in the reference currency; absent: the configured rate",
                    pattern = DECIMAL) String referenceRate,
            @Schema(required = true, description = "The version of the claim read") Long version) {
    }

    @Schema(name = "ClaimApproval", description = "Approving a proposed decision")
    record Approval(
            @Schema(required = true, description = "The version of the claim read") Long version,
            @Schema(description = "A note kept in the audit trail", maxLength = 4000) String note) {
    }

    @Schema(name = "ClaimReturn", description = "Sending a proposed decision back to be decided again")
    record Return(
            @Schema(required = true, description = "The version of the claim read") Long version,
            @Schema(required = true, description = "Why", minLength = 10, maxLength = 4000) String reason) {
    }

    @Schema(name = "ClaimPayout", description = "The exchange's confirmation that it paid the decided amount")
    record Payout(
            @Schema(required = true, description = "The exchange's payout reference; repeating it changes nothing",
                    pattern = "^[!-~]{1,128}$", example = "PAYOUT-778812") String reference) {
    }

    @Schema(name = "ClaimAppeal", description = "The customer's appeal against a denial, within the appeal window")
    record Appeal(@Schema(required = true, minLength = 1, maxLength = 4000) String statement) {
    }

    @Schema(name = "ClaimAppealDecision", description = "The review of an appeal by someone who took no part in the claim")
    record AppealDecision(
            @Schema(required = true) AppealVerdict outcome,
            @Schema(required = true, description = "Sent to the customer", minLength = 20, maxLength = 4000) String reasons,
            @Schema(required = true, description = "The version of the claim read") Long version) {
    }
}
