package io.redress.api.accounts;

import io.redress.accounts.domain.KycLevel;
import io.redress.restrictions.api.ComplaintRecorded;
import io.redress.restrictions.domain.Measure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON bodies {@link AccountResource} reads field by field, as {@code /openapi} documents them. Field names,
 * types and limits follow what the resource and the domain's rules accept; the endpoint sweep test sends them.
 */
final class AccountBodies {

    private AccountBodies() {
    }

    @Schema(name = "AccountProfile", description = "The exchange's view of a customer account, mirrored into Redress")
    record Profile(
            @Schema(required = true, description = "1 to 64 letters (any script), digits, '.', '_' or '-'",
                    minLength = 1, maxLength = 64, example = "trader42") String handle,
            @Schema(required = true) KycLevel kycLevel,
            @Schema(required = true, description = "ISO 3166-1 alpha-2 country code in upper case", minLength = 2,
                    maxLength = 2, example = "FR") String jurisdiction,
            @Schema(required = true, description = "From 2009-01-03 to today", format = "date", example = "2021-03-04")
            LocalDate customerSince,
            @Schema(description = "0 to 9", minimum = "0", maximum = "9") Integer vipTier,
            @Schema(description = "At most 20 handles, each 1 to 63 letters, digits, '.', '_' or '-', optionally after"
                    + " '@', no handle twice", maxItems = 20) List<String> socialHandles,
            @Schema(description = "0 to 100000", minimum = "0", maximum = "100000") Integer openDerivativesPositions,
            @Schema(description = "The version read; the update is refused (409) when the account changed since."
                    + " Or send it as If-Match") Long version) {
    }

    @Schema(name = "RestrictionRequest", description = "A measure requested against an account; someone else approves it")
    record RestrictionRequest(
            @Schema(required = true) Measure measure,
            @Schema(description = "A reason code of the policy catalogue; required unless the measure is LIFT",
                    maxLength = 48, example = "SANCTIONS_MATCH") String reasonCode,
            @Schema(required = true, description = "Why this measure, for this account, now", minLength = 20,
                    maxLength = 4000) String justification,
            @Schema(description = "References to the evidence the reason requires, each 1 to 500 characters on one line",
                    maxItems = 50) List<String> evidence,
            @Schema(description = "The withdrawal window in days, at least the reason's minimum; required for"
                    + " WITHDRAW_ONLY and CLOSE", minimum = "0", maximum = "365") Integer windowDays,
            @Schema(description = "For a temporary measure: the days it lasts (not for CLOSE or LIFT)", minimum = "1",
                    maximum = "365") Integer durationDays,
            @Schema(description = "LIFT: the id of the restriction in force it ends") Long liftsRestrictionId) {
    }

    @Schema(name = "ComplaintRecord", description = "A complaint the customer made, for the retaliation guard")
    record Complaint(
            @Schema(required = true) ComplaintRecorded.Kind kind,
            @Schema(required = true, description = "A ticket number or the post's URL", minLength = 1, maxLength = 256)
            String reference,
            @Schema(description = "When the customer complained (not in the future); now when absent", format = "date-time")
            Instant occurredAt) {
    }

    @Schema(name = "Confidentiality", description = "Set or clear the confidentiality flag of an account")
    record Confidentiality(
            @Schema(required = true) Boolean confidential,
            @Schema(required = true, description = "Why, in writing", minLength = 10) String reason) {
    }

    @Schema(name = "ConfidentialityState", description = "The account's confidentiality flag after the change")
    record ConfidentialityState(@Schema(required = true) String accountId, @Schema(required = true) boolean confidential) {
    }
}
