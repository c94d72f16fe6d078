package io.redress.api.restrictions;

import io.redress.restrictions.domain.Action;
import io.redress.restrictions.domain.AppealOutcome;
import io.redress.restrictions.domain.Ground;
import io.redress.restrictions.domain.Measure;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON bodies the restriction, appeal, policy and decision resources read field by field, as {@code /openapi}
 * documents them. Field names, types and limits follow what the resources and the domain's rules accept; the
 * endpoint sweep test sends them.
 */
final class RestrictionBodies {

    private RestrictionBodies() {
    }

    @Schema(name = "Approval", description = "Approving a requested restriction; the body may be empty")
    record Approval(
            @Schema(description = "The version of the restriction read") Long version,
            @Schema(description = "A note kept with the approval", maxLength = 4000) String note,
            @Schema(description = "Required when the customer complained in the last 30 days: why the measure is"
                    + " unrelated to the complaint", minLength = 40, maxLength = 4000) String attestation) {
    }

    @Schema(name = "Rejection", description = "Rejecting a requested restriction")
    record Rejection(
            @Schema(description = "The version of the restriction read") Long version,
            @Schema(required = true, description = "Why, in writing", minLength = 10) String reason) {
    }

    @Schema(name = "Cancellation", description = "The requester withdraws the request; the body may be empty")
    record Cancellation(@Schema(description = "The version of the restriction read") Long version) {
    }

    @Schema(name = "NewAppeal", description = "The customer's appeal against a measure in force")
    record NewAppeal(@Schema(required = true, description = "The customer's grounds", minLength = 1, maxLength = 4000)
                     String statement) {
    }

    @Schema(name = "AppealDecisionRequest", description = "The decision on an appeal, by someone not involved in the measure")
    record AppealDecisionRequest(
            @Schema(required = true) AppealOutcome outcome,
            @Schema(required = true, description = "Written reasons", minLength = 20, maxLength = 4000) String reasons,
            @Schema(description = "MODIFIED: the milder measure replacing it") Measure newMeasure,
            @Schema(description = "MODIFIED: days added to the withdrawal window", minimum = "1", maximum = "365")
            Integer extraWindowDays,
            @Schema(description = "The version of the appeal read") Long version) {
    }

    @Schema(name = "ReasonDefinition", description = "A reason of the policy catalogue. Reasons about public criticism or"
            + " complaining are refused")
    record Reason(
            @Schema(description = "POST: required, 3 to 48 upper-case letters, digits or '_', starting with a letter;"
                    + " PUT: the code is the path's", pattern = "^[A-Z][A-Z0-9_]{2,47}$", example = "SANCTIONS_MATCH")
            String code,
            @Schema(required = true, description = "The fixed ground the reason stands on; ADMIN cannot add grounds")
            Ground ground,
            @Schema(required = true, maxLength = 160) String title,
            @Schema(required = true, description = "The clause of the terms of use the reason stands on", maxLength = 500)
            String termsClause,
            @Schema(required = true, description = "The measures it justifies (not LIFT)", minItems = 1)
            Set<Measure> measures,
            @Schema(description = "The evidence a request must reference", maxLength = 1000) String requiredEvidence,
            @Schema(required = true, enumeration = {"SUPERVISOR", "COMPLIANCE"}) String approverRole,
            @Schema(required = true, minimum = "0", maximum = "365") Integer minWindowDays,
            @Schema(required = true, description = "What the customer's notice says", maxLength = 2000) String noticeText,
            @Schema(required = true, description = "Whether the notice may name the reason") Boolean disclosable,
            @Schema(description = "PUT: required, the version read") Long version,
            @Schema(description = "Why the reason is proposed, for the approving compliance officer", maxLength = 4000)
            String note) {
    }

    @Schema(name = "ReasonRetirement", description = "Retiring a reason at once")
    record Retirement(
            @Schema(required = true, description = "The version read") Long version,
            @Schema(required = true, description = "Why, in writing", minLength = 10, maxLength = 4000) String reason) {
    }

    @Schema(name = "ReasonApproval", description = "Approving a proposed version of a reason; the body may be empty")
    record ReasonApproval(@Schema(description = "A note kept with the approval", maxLength = 4000) String note) {
    }

    @Schema(name = "ReasonRejection", description = "Refusing a proposed version, or its author withdrawing it")
    record ReasonRejection(@Schema(required = true, description = "Why, in writing", maxLength = 4000) String reason) {
    }

    @Schema(name = "DecisionQuestions", description = "Up to 1,000 questions in one call")
    record Questions(@Schema(required = true, maxItems = 1000) List<Question> requests) {
    }

    @Schema(name = "DecisionQuestion", description = "May this account do this action now?")
    record Question(
            @Schema(required = true, minLength = 1, maxLength = 64) String accountId,
            @Schema(required = true) Action action,
            @Schema(description = "The API key used (API_TRADE, WITHDRAW): it must be usable too", maxLength = 128) String keyId,
            @Schema(description = "The address the key is used from: denied SOURCE_IP_NOT_ALLOWED outside its allowlist",
                    maxLength = 64) String sourceIp) {
    }
}
