package io.redress.claims.domain;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.IdempotencyKeys;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules of a loss claim as plain Java: what a claim, an assessment and a decision must say, that amounts are
 * exact in their asset's decimals, that a decision's amount matches its outcome, and that nobody approves or reviews
 * what they took part in.
 */
public final class ClaimRules {

    public static final int MIN_DESCRIPTION = 10;
    public static final int MAX_TEXT = 4000;
    public static final int MIN_REASONS = 20;
    /** Whole digits of an amount: the column holds 38 digits, 18 of them decimals. */
    public static final int MAX_WHOLE_DIGITS = 20;
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "ja");

    private static final Pattern DECIMAL = Pattern.compile("([0-9]+)(?:\\.([0-9]+))?");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern PAYOUT_REFERENCE = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private ClaimRules() {
    }

    public static List<FieldError> checkNew(NewClaim c, AssetCatalogue assets) {
        List<FieldError> errors = new ArrayList<>();
        if (c.accountId() == null || c.accountId().isBlank()) {
            errors.add(FieldError.of("accountId", FieldError.Code.REQUIRED, "required: the customer's account"));
        } else if (c.accountId().length() > 64) {
            errors.add(FieldError.tooLong("accountId", 64));
        }
        if (c.asset() == null || c.asset().isBlank()) {
            errors.add(FieldError.of("asset", FieldError.Code.REQUIRED_ONE_OF, "required: one of " + assets.assets().keySet(), String.join(", ", assets.assets().keySet())));
        } else if (assets.scaleOf(c.asset()).isEmpty()) {
            errors.add(FieldError.of("asset", FieldError.Code.ONE_OF, "one of " + assets.assets().keySet(), String.join(", ", assets.assets().keySet())));
        } else {
            amount("amount", c.amount(), assets.scaleOf(c.asset()).get(), errors);
        }
        if (c.asset() == null || assets.scaleOf(c.asset()).isEmpty()) {
            // without an asset the scale is unknown: still say what is wrong with the amount's form
            amount("amount", c.amount(), AssetCatalogue.MAX_SCALE, errors);
        }
        if (c.description() == null || c.description().strip().length() < MIN_DESCRIPTION) {
            errors.add(FieldError.of("description", FieldError.Code.EXPLANATION_TOO_SHORT, "what happened, in at least " + MIN_DESCRIPTION + " characters", MIN_DESCRIPTION));
        } else if (c.description().length() > MAX_TEXT) {
            errors.add(FieldError.tooLong("description", MAX_TEXT));
        }
        if (c.ticket() != null && (c.ticket().isBlank() || c.ticket().length() > 16)) {
            errors.add(FieldError.of("ticket", FieldError.Code.TICKET, "a ticket number such as RD-7K3Q-9P2M"));
        }
        if (c.customerName() != null && c.customerName().length() > 200) {
            errors.add(FieldError.tooLong("customerName", 200));
        }
        if (c.language() != null && !LANGUAGES.contains(c.language())) {
            errors.add(FieldError.of("language", FieldError.Code.ONE_OF, "one of " + LANGUAGES.stream().sorted().toList(), String.join(", ", LANGUAGES.stream().sorted().toList())));
        }
        reference("incidentRef", c.incidentRef(), errors);
        reference("evidenceRef", c.evidenceRef(), errors);
        return errors;
    }

    private static void reference(String field, String value, List<FieldError> errors) {
        if (value != null && !REFERENCE.matcher(value).matches()) {
            errors.add(FieldError.of(field, FieldError.Code.IDENTIFIER, "a reference of 1 to 64 letters, digits, '.', '_', ':' or '-'"));
        }
    }

    /**
     * The exact amount the text names in an asset counted in {@code scale} decimals; null (and an error) when it is
     * missing, malformed, zero, negative or has more decimals than the asset.
     */
    public static BigDecimal amount(String field, String text, int scale, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of(field, FieldError.Code.DECIMAL, "required: a decimal amount such as 12.5"));
            return null;
        }
        var m = DECIMAL.matcher(text);
        if (!m.matches()) {
            errors.add((text.startsWith("-") ? FieldError.of(field, FieldError.Code.POSITIVE, "must be more than zero") : FieldError.of(field, FieldError.Code.DECIMAL, "a decimal amount written with digits and one '.', such as 12.5")));
            return null;
        }
        String whole = m.group(1).replaceFirst("^0+(?=.)", "");
        if (whole.length() > MAX_WHOLE_DIGITS) {
            errors.add(FieldError.of(field, FieldError.Code.WHOLE_DIGITS, "at most " + MAX_WHOLE_DIGITS + " digits before the decimal point", MAX_WHOLE_DIGITS));
            return null;
        }
        int decimals = m.group(2) == null ? 0 : m.group(2).length();
        if (decimals > scale) {
            errors.add(FieldError.of(field, FieldError.Code.DECIMALS, "at most " + scale + " decimals for this asset", scale));
            return null;
        }
        BigDecimal value = new BigDecimal(text).setScale(scale);
        if (value.signum() <= 0) {
            errors.add(FieldError.of(field, FieldError.Code.POSITIVE, "must be more than zero"));
            return null;
        }
        return value;
    }

    public static List<FieldError> checkAssessment(Liability liability, String reasoning) {
        List<FieldError> errors = new ArrayList<>();
        if (liability == null) {
            errors.add(FieldError.of("liability", FieldError.Code.REQUIRED_ONE_OF, "required: one of PLATFORM, THIRD_PARTY, CUSTOMER, UNDETERMINED", "PLATFORM, THIRD_PARTY, CUSTOMER, UNDETERMINED"));
        }
        reasons("reasoning", reasoning, errors);
        return errors;
    }

    private static void reasons(String field, String text, List<FieldError> errors) {
        if (text == null || text.strip().length() < MIN_REASONS) {
            errors.add(FieldError.of(field, FieldError.Code.EXPLANATION_TOO_SHORT, "written reasons of at least " + MIN_REASONS + " characters", MIN_REASONS));
        } else if (text.length() > MAX_TEXT) {
            errors.add(FieldError.tooLong(field, MAX_TEXT));
        }
    }

    /** The amount a decision pays, in the claim's asset: FULL the claim, PARTIAL and GOODWILL less, DENY nothing. */
    public static BigDecimal decidedAmount(DecisionRequest d, BigDecimal claimed, int scale, List<FieldError> errors) {
        if (d.outcome() == null) {
            errors.add(FieldError.of("outcome", FieldError.Code.REQUIRED_ONE_OF, "required: one of DENY, GOODWILL, PARTIAL, FULL", "DENY, GOODWILL, PARTIAL, FULL"));
            return null;
        }
        switch (d.outcome()) {
            case DENY -> {
                if (d.amount() != null && (!DECIMAL.matcher(d.amount()).matches() || new BigDecimal(d.amount()).signum() != 0)) {
                    errors.add(FieldError.of("amount", FieldError.Code.DENY_PAYS_NOTHING, "DENY pays nothing: leave it out or give 0"));
                }
                return BigDecimal.ZERO.setScale(scale);
            }
            case FULL -> {
                if (d.amount() == null) {
                    return claimed;
                }
                List<FieldError> own = new ArrayList<>();
                BigDecimal a = amount("amount", d.amount(), scale, own);
                if (!own.isEmpty() || a.compareTo(claimed) != 0) {
                    errors.add(FieldError.of("amount", FieldError.Code.FULL_PAYS_CLAIMED, "FULL pays the claimed amount, " + claimed.toPlainString()
                            + ": leave it out or give exactly that", claimed.toPlainString()));
                    return null;
                }
                return claimed;
            }
            default -> {
                BigDecimal a = amount("amount", d.amount(), scale, errors);
                if (a != null && a.compareTo(claimed) >= 0) {
                    errors.add(FieldError.of("amount", FieldError.Code.PARTIAL_PAYS_LESS, d.outcome() + " pays less than the claimed "
                            + claimed.toPlainString() + "; to pay all of it, decide FULL", d.outcome(), claimed.toPlainString()));
                    return null;
                }
                return a;
            }
        }
    }

    /** The reasons the customer will read; at least {@link #MIN_REASONS} characters. */
    public static List<FieldError> checkDecisionReasons(String reasons) {
        List<FieldError> errors = new ArrayList<>();
        reasons("reasons", reasons, errors);
        return errors;
    }

    /** A rate given with the decision: a positive decimal of at most 18 decimals; null when none was given. */
    public static BigDecimal givenRate(String text, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        return amount("referenceRate", text, AssetCatalogue.MAX_SCALE, errors);
    }

    /** The value of an amount in the reference currency, to the cent, rounded up so that a limit is never undercut. */
    public static BigDecimal inReference(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate).setScale(2, java.math.RoundingMode.CEILING);
    }

    /**
     * Four eyes: whoever assessed the claim or proposed the decision does not approve it, and a second approval
     * comes from someone other than the first approver.
     */
    public static List<ClaimViolation> checkApprover(String approver, String assessor, String decider, String firstApprover) {
        List<ClaimViolation> violations = new ArrayList<>();
        if (approver.equals(assessor)) {
            violations.add(new ClaimViolation("four-eyes", "You assessed this claim: someone else approves its decision"));
        }
        if (approver.equals(decider)) {
            violations.add(new ClaimViolation("four-eyes", "You proposed this decision: someone else approves it"));
        }
        if (approver.equals(firstApprover)) {
            violations.add(new ClaimViolation("four-eyes", "You approved this decision already: a second approver is someone else"));
        }
        return violations;
    }

    /** An appeal is reviewed by someone who took no part in the decision appealed. */
    public static List<ClaimViolation> checkReviewer(String reviewer, String... involved) {
        if (Stream.of(involved).filter(Objects::nonNull).anyMatch(reviewer::equals)) {
            return List.of(new ClaimViolation("reviewer-involved",
                    "An appeal is decided by someone who neither assessed, decided nor approved the claim"));
        }
        return List.of();
    }

    /** The step is allowed in these states only. */
    public static List<ClaimViolation> checkState(ClaimState actual, Set<ClaimState> allowed, String step) {
        if (allowed.contains(actual)) {
            return List.of();
        }
        return List.of(ClaimViolation.of("claim-state", "A claim " + actual + " cannot be " + step
                + "; only one " + allowed.stream().sorted().toList(), actual, step));
    }

    public static List<FieldError> checkAppealStatement(String statement) {
        if (statement == null || statement.isBlank()) {
            return List.of(FieldError.of("statement", FieldError.Code.APPEAL_GROUNDS, "the customer's grounds for the appeal are required"));
        }
        if (statement.length() > MAX_TEXT) {
            return List.of(FieldError.tooLong("statement", MAX_TEXT));
        }
        return List.of();
    }

    public static List<FieldError> checkAppealDecision(AppealVerdict verdict, String reasons) {
        List<FieldError> errors = new ArrayList<>();
        if (verdict == null) {
            errors.add(FieldError.of("outcome", FieldError.Code.REQUIRED_ONE_OF, "required: UPHELD or OVERTURNED", "UPHELD, OVERTURNED"));
        }
        reasons("reasons", reasons, errors);
        return errors;
    }

    public static List<FieldError> checkPayoutReference(String reference) {
        if (reference == null || !PAYOUT_REFERENCE.matcher(reference).matches()) {
            return List.of(FieldError.of("reference", FieldError.Code.PAYOUT_REFERENCE, "required: the exchange's payout reference, 1 to 128 visible"
                    + " characters without spaces"));
        }
        return List.of();
    }

    public static List<FieldError> checkIdempotencyKey(String key) {
        return IdempotencyKeys.check(key);
    }

    /** What a repeated request must match to be the same claim: the fields that make the claim, hashed. */
    public static String fingerprint(NewClaim c) {
        return IdempotencyKeys.fingerprint(c.accountId(), c.asset(), c.amount() == null ? null
                : new BigDecimal(c.amount()).stripTrailingZeros().toPlainString(), c.description(), c.ticket(),
                c.incidentRef(), c.evidenceRef());
    }
}
