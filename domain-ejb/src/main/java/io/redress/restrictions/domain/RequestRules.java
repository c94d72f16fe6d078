package io.redress.restrictions.domain;

import io.redress.accounts.api.AccountStatus;
import io.redress.shared.domain.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a restriction request must carry to be considered at all: a reason from the catalogue that
 * justifies this measure, the evidence that reason requires, a written justification, and a window no
 * shorter than the reason's minimum. Field problems and rule problems are reported separately: the
 * first are a malformed request (400), the second a request due process forbids (422).
 */
public final class RequestRules {

    public static final int MIN_JUSTIFICATION = 20;
    public static final int MAX_JUSTIFICATION = 4000;
    public static final int MAX_EVIDENCE_ITEMS = 50;
    public static final int MAX_DURATION_DAYS = 365;

    private RequestRules() {
    }

    public static List<FieldError> checkFields(RestrictionRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.measure() == null) {
            errors.add(FieldError.required("measure"));
        }
        if (r.measure() != Measure.LIFT && (r.reasonCode() == null || r.reasonCode().isBlank())) {
            errors.add(FieldError.of("reasonCode", FieldError.Code.REASON_CODE, "is required: a reason from the policy catalogue"));
        }
        if (r.justification() == null || r.justification().trim().length() < MIN_JUSTIFICATION) {
            errors.add(FieldError.of("justification", FieldError.Code.EXPLANATION_TOO_SHORT, "a written justification of at least " + MIN_JUSTIFICATION + " characters", MIN_JUSTIFICATION));
        } else if (r.justification().length() > MAX_JUSTIFICATION) {
            errors.add(FieldError.tooLong("justification", MAX_JUSTIFICATION));
        }
        if (r.evidence().size() > MAX_EVIDENCE_ITEMS) {
            errors.add(FieldError.of("evidence", FieldError.Code.TOO_MANY_REFERENCES, "at most " + MAX_EVIDENCE_ITEMS + " references", MAX_EVIDENCE_ITEMS));
        }
        for (int i = 0; i < r.evidence().size(); i++) {
            String e = r.evidence().get(i);
            if (e == null || e.isBlank() || e.length() > 500 || e.contains("\n") || e.contains("\r")) {
                errors.add(FieldError.of("evidence[" + i + "]", FieldError.Code.EVIDENCE_REFERENCE, "a reference of 1 to 500 characters on one line"));
            }
        }
        if (r.windowDays() != null && (r.windowDays() < 0 || r.windowDays() > CatalogueRules.MAX_WINDOW_DAYS)) {
            errors.add(FieldError.of("windowDays", FieldError.Code.BETWEEN, "between 0 and " + CatalogueRules.MAX_WINDOW_DAYS, 0, CatalogueRules.MAX_WINDOW_DAYS));
        }
        if (r.measure() != null && r.measure().hasWindow() && r.windowDays() == null) {
            errors.add(FieldError.of("windowDays", FieldError.Code.REQUIRED_FOR, "is required for " + r.measure(), r.measure()));
        }
        if (r.durationDays() != null && (r.durationDays() < 1 || r.durationDays() > MAX_DURATION_DAYS)) {
            errors.add(FieldError.of("durationDays", FieldError.Code.BETWEEN, "between 1 and " + MAX_DURATION_DAYS, 1, MAX_DURATION_DAYS));
        }
        if (r.durationDays() != null && (r.measure() == Measure.CLOSE || r.measure() == Measure.LIFT)) {
            errors.add(FieldError.of("durationDays", FieldError.Code.NOT_TEMPORARY, r.measure() + " cannot be temporary", r.measure()));
        }
        if (r.measure() == Measure.LIFT && r.liftsRestrictionId() == null) {
            errors.add(FieldError.of("liftsRestrictionId", FieldError.Code.LIFT_NAMES_RESTRICTION, "LIFT names the restriction in force it ends"));
        }
        return errors;
    }

    /**
     * @param reason          the catalogue entry in force, if the code exists (ignored for LIFT)
     * @param target          for LIFT: the restriction to lift, if it exists
     * @param windowFloorDays the platform's floor for WITHDRAW_ONLY and CLOSE windows, whatever the reason's minimum
     *                        (not on legal-order or sanctions grounds)
     */
    public static List<Violation> checkRules(RestrictionRequest r, Optional<ReasonView> reason, AccountStatus status,
                                             Optional<RestrictionView> target, String accountId, int windowFloorDays) {
        List<Violation> violations = new ArrayList<>();
        if (r.measure() == Measure.LIFT) {
            if (target.isEmpty() || !target.get().accountId().equals(accountId)) {
                violations.add(Violation.of("lift-target-unknown", "There is no restriction " + r.liftsRestrictionId()
                        + " on this account to lift", r.liftsRestrictionId()));
            } else if (target.get().state() != RestrictionState.APPROVED || target.get().measure() == Measure.LIFT) {
                violations.add(Violation.of("lift-target-not-in-force", "Restriction " + r.liftsRestrictionId()
                        + " is " + target.get().state() + ", not a measure in force", r.liftsRestrictionId()));
            }
            return violations;
        }
        if (status == AccountStatus.CLOSED) {
            violations.add(new Violation("account-closed", "The account is closed; only LIFT applies"));
        }
        if (reason.isEmpty()) {
            violations.add(Violation.of("unknown-reason", "No reason " + r.reasonCode() + " in the policy catalogue", r.reasonCode()));
            return violations;
        }
        ReasonView why = reason.get();
        if (!why.active()) {
            violations.add(Violation.of("reason-retired", "Reason " + why.code() + " is retired from the catalogue", why.code()));
        }
        if (!why.measures().contains(r.measure())) {
            violations.add(Violation.of("measure-not-justified", "Reason " + why.code() + " justifies only "
                    + why.measures() + ", not " + r.measure(), why.code()));
        }
        if (r.measure().hasWindow() && r.windowDays() != null && r.windowDays() < why.minWindowDays()) {
            violations.add(Violation.of("window-below-minimum", "Reason " + why.code() + " gives the customer at least "
                    + why.minWindowDays() + " days to withdraw, not " + r.windowDays(), why.code(), why.minWindowDays(), r.windowDays()));
        }
        if (r.measure().hasWindow() && r.windowDays() != null && why.ground().windowFloorApplies()
                && r.windowDays() < windowFloorDays && r.windowDays() >= why.minWindowDays()) {
            violations.add(Violation.of("window-below-floor", "The platform gives every customer at least " + windowFloorDays
                    + " days to withdraw before " + r.measure() + ", not " + r.windowDays(), windowFloorDays, r.windowDays()));
        }
        if (why.evidenceRequired() && r.evidence().isEmpty()) {
            violations.add(Violation.of("evidence-required", "Reason " + why.code() + " requires evidence: "
                    + why.requiredEvidence(), why.code(), why.requiredEvidence()));
        }
        return violations;
    }

    /**
     * A request is made once: while a request for the same measure on the account for the same reason, under the
     * revision of it in force (for LIFT: lifting the same restriction), waits for its decision, the same one again is
     * refused, naming the pending one (a Back and a second click, or two people at once). A request waiting under an
     * older revision of its reason can no longer be approved ({@link #stillInForce}): asking again under the revision
     * in force is what its refusal tells people to do, so it is no duplicate. {@code pendingOnAccount}: the account's
     * requests still waiting; {@code revision}: the reason's revision in force (null for LIFT).
     */
    public static List<Violation> checkDuplicate(RestrictionRequest r, Integer revision, List<RestrictionView> pendingOnAccount) {
        for (RestrictionView p : pendingOnAccount) {
            boolean same = p.state() == RestrictionState.REQUESTED && p.measure() == r.measure()
                    && (r.measure() == Measure.LIFT ? java.util.Objects.equals(p.liftsRestrictionId(), r.liftsRestrictionId())
                    : java.util.Objects.equals(p.reasonCode(), r.reasonCode()) && java.util.Objects.equals(p.reasonRevision(), revision));
            if (same) {
                return List.of(Violation.of("duplicate-pending", "Restriction " + p.id() + " (" + p.measure() + ", requested by "
                        + p.requestedBy() + ") is already waiting for a decision on this account: approve, reject or cancel"
                        + " it before requesting the same measure again", p.id(), p.requestedBy()));
            }
        }
        return List.of();
    }

    /** The rule code of {@link #checkDuplicate}. */
    public static final String DUPLICATE_PENDING = "duplicate-pending";

    /**
     * At approval: the request was made under revision {@code requestedUnder} of its reason; it is decided only under
     * that revision, while it is still the one in force (a changed or retired reason means a new request).
     */
    public static List<Violation> stillInForce(String reasonCode, Integer requestedUnder, Optional<ReasonView> current) {
        if (reasonCode == null || requestedUnder == null) {
            return List.of();
        }
        if (current.isEmpty() || !current.get().active()) {
            return List.of(new Violation("reason-retired", "Reason " + reasonCode + " was retired after this request"));
        }
        if (current.get().revision() != requestedUnder) {
            return List.of(Violation.of("reason-changed", "Reason " + reasonCode + " changed from version " + requestedUnder
                    + " to version " + current.get().revision() + " after this request; request it again under the version in force",
                    reasonCode, requestedUnder, current.get().revision()));
        }
        return List.of();
    }
}
