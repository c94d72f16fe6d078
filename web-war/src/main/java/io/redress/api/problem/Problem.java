package io.redress.api.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation of the problem+json body every error answer carries (written by the mappers in this package with
 * {@link ProblemResponses}); {@code /openapi} shows it for every 4xx and 5xx answer. {@link #TYPE_LIST} and
 * {@link #RULE_LIST} name every problem type and rule code the application answers: ProblemTest keeps them complete.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(required = true, description = "urn:redress:problem: followed by the problem type: " + TYPE_LIST,
                example = "urn:redress:problem:invalid-input") String type,
        @Schema(required = true, description = "A short human-readable summary of the problem type") String title,
        @Schema(required = true, description = "The HTTP status", minimum = "400", maximum = "599") int status,
        @Schema(description = "What went wrong in this request") String detail,
        @Schema(description = "The path of the request") String instance,
        @Schema(description = "invalid-input: every bad field with what is expected") List<ProblemField> errors,
        @Schema(description = "rule-violation and duplicate-pending: the first rule the request breaks: " + RULE_LIST)
        String rule,
        @Schema(description = "rule-violation and duplicate-pending: every rule the request breaks") List<String> rules,
        @Schema(description = "internal-error and concurrent-write: quote it to the Redress operators; the log holds the"
                + " details")
        String incidentId,
        @Schema(description = "unavailable: not-attempted (the database is known to be away: nothing was done, repeat the"
                + " request as it is) or unknown (the database failed during the request: a change may or may not have"
                + " been made, read before repeating it); absent on a read", enumeration = {"not-attempted", "unknown"})
        String outcome) {

    /** One bad field of an invalid-input problem. */
    @Schema(name = "ProblemField", description = "A field of the request and what is wrong with it")
    public record ProblemField(
            @Schema(required = true, description = "The field, a query parameter or a header, e.g. subject,"
                    + " socialHandles[2] or requests[0].action") String field,
            @Schema(required = true, description = "What is expected") String message) {
    }

    static final String TYPE_LIST = "invalid-input (400), access-denied (403), not-found (404), stale-version (409),"
            + " concurrent-write (409: another request stored the same record at the same moment; nothing of this one"
            + " was stored, repeat it), duplicate-pending (409: the same bulk action already waits or runs; `detail` names"
            + " it, `rule` is duplicate-pending; a repeated restriction request is a rule-violation with that rule), rule-violation (422), unavailable (503, with Retry-After), internal-error (500, with incidentId);"
            + " answered by the container: unauthorized (401), no-such-resource (404), method-not-allowed (405),"
            + " not-acceptable (406), unsupported-media-type (415), http-NNN (any other status);"
            + " answered before the application reads a request: body-too-large (413), malformed-path (400),"
            + " too-many-attempts (429, with Retry-After: failed sign-ins)";

    static final String RULE_LIST = "account-closed, action-state, alert-not-open, alert-resolved, appeal-pending, appeal-window-closed,"
            + " approval-limit, approver-role, attestation-required, case-merged, case-transition, change-pending,"
            + " claim-state, criticism-not-a-reason, deposit-screened-differently, duplicate-pending, evidence-required,"
            + " filing-reference-required, forbidden-term, four-eyes,"
            + " ground-forbids-measure, ground-needs-compliance, idempotency-key-reused, import-running, incident-closed, integration-exists,"
            + " integration-retired, investigation-state, job-state, key-not-active, lift-target-not-in-force, lift-target-unknown, link-target-closed,"
            + " measure-not-justified, merge-different-accounts, merge-into-internal, merge-self, merge-target-closed,"
            + " modification-not-milder, no-self-demotion, no-self-disable, no-self-role-grant, no-window, not-author, not-in-force,"
            + " not-requester, outcome-required, payout-recorded, protective-lock-off, protective-lock-on,"
            + " reason-changed, reason-retired, report-not-approved,"
            + " retaliation-guard, reviewer-involved, reviewer-role, subcategory, unknown-reason,"
            + " window-below-floor, window-below-minimum";
}
