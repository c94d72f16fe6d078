package io.redress.restrictions.domain;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a reason in the restriction catalogue must be. Public criticism is never a reason, and the catalogue's
 * structure is what keeps it out: every reason stands on one of the fixed {@link Ground}s, cites a numbered
 * clause of the terms, names the evidence it needs, and takes effect only once a compliance officer other than
 * its author approves it ({@link #approvalViolations}). The word check on folded text ({@link TextFolding}) is one
 * more refusal, not the guard itself.
 * <p>
 * {@link #check} finds malformed fields (400); {@link #violations} the policy a well-formed reason breaks (422).
 */
public final class CatalogueRules {

    public static final int MAX_WINDOW_DAYS = 365;
    public static final int DEFAULT_WINDOW_FLOOR_DAYS = 7;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,47}");
    /** A named clause: the document and a clause number, e.g. "Terms of Service 9.3 (Prohibited use: market abuse)". */
    private static final Pattern NAMED_CLAUSE = Pattern.compile("\\p{L}[\\p{L} .,:'’()-]{1,80}?\\s(§\\s?)?\\d{1,3}(\\.\\d{1,3}){0,3}\\b.*");
    private static final Set<Role> APPROVERS = Permission.RESTRICTION_APPROVE.roles();
    /**
     * Topics that are never a reason, matched as whole words on folded text: complaining, criticising, reviews,
     * speaking in public or to the press, and harm to the exchange's own standing. "critical" or "public key" stay usable.
     */
    private static final List<Pattern> FORBIDDEN_TOPICS = Stream.of(
            "complain\\w*", "criticis\\w*", "criticiz\\w*", "critics?", "critique\\w*",
            "(bad|negative|poor|hostile|critical|unfavou?rable|damaging|harmful|false|misleading|offensive) "
                    + "(reviews?|comments?|feedback|press|publicity|posts?|posting|statements?|remarks?|content|opinions?|coverage|tweets?|videos?)",
            "online (reviews?|comments?|posts?)",
            "(posts?|posting|statements?|comments?|remarks?|opinions?|content|speech|videos?|articles?|tweets?) "
                    + "(about|on|regarding|concerning|against|criticising|criticizing) (the |our |this )?(exchange|platform|company|firm|brand|business|management|staff|us|services?)",
            "public(ly)? (posts?|statements?|comments?|criticism|remarks?|speech|dispute|accusations?)", "publicly",
            "(harm|damag|hurt|injur|undermin|tarnish|discredit|denigrat|disparag|insult|embarrass)\\w*( \\w+){0,5} "
                    + "(standing|reputation|image|brand|name|goodwill|credibility|perception)",
            "social media", "media", "press", "journalists?", "tweet\\w*", "(twitter|reddit|telegram|youtube|tiktok|x com|facebook|discord)",
            "unreasonable\\w*", "disparag\\w*", "defam\\w*", "slander\\w*", "libel\\w*", "bad ?mouth\\w*", "smear\\w*",
            "speaking out", "speak(s)? out", "influencers?", "reputation", "fud", "(mis|dis)information", "rumou?rs?")
            .map(w -> Pattern.compile("\\b" + w + "\\b")).toList();

    private CatalogueRules() {
    }

    /** Malformed or missing fields: the definition cannot even be considered. */
    public static List<FieldError> check(ReasonDefinition d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            errors.add(FieldError.of("code", FieldError.Code.REASON_CODE_FORMAT, "3 to 48 upper-case letters, digits or '_', starting with a letter"));
        }
        if (d.ground() == null) {
            errors.add(FieldError.of("ground", FieldError.Code.REQUIRED_ONE_OF, "is required: one of " + List.of(Ground.values()), String.join(", ", java.util.Arrays.stream(Ground.values()).map(Enum::name).toList())));
        }
        require(errors, "title", d.title(), 160);
        require(errors, "termsClause", d.termsClause(), 500);
        if (d.termsClause() != null && !d.termsClause().isBlank() && !NAMED_CLAUSE.matcher(d.termsClause().strip()).matches()) {
            errors.add(FieldError.of("termsClause", FieldError.Code.TERMS_CLAUSE,
                    "a named clause of the terms: the document and the clause number, e.g. \"Terms of Service 9.3 (Prohibited use: market abuse)\""));
        }
        require(errors, "requiredEvidence", d.requiredEvidence(), 1000);
        require(errors, "noticeText", d.noticeText(), 2000);
        if (d.measures() == null || d.measures().isEmpty()) {
            errors.add(FieldError.of("measures", FieldError.Code.MEASURE_REQUIRED, "at least one measure"));
        } else if (d.measures().contains(Measure.LIFT)) {
            errors.add(FieldError.of("measures", FieldError.Code.LIFT_NEEDS_NO_REASON, "LIFT needs no reason from the catalogue"));
        }
        if (d.approverRole() == null || !APPROVERS.contains(d.approverRole())) {
            errors.add(FieldError.of("approverRole", FieldError.Code.ONE_OF, "SUPERVISOR or COMPLIANCE", "SUPERVISOR, COMPLIANCE"));
        }
        if (d.minWindowDays() == null || d.minWindowDays() < 0 || d.minWindowDays() > MAX_WINDOW_DAYS) {
            errors.add(FieldError.of("minWindowDays", FieldError.Code.BETWEEN, "between 0 and " + MAX_WINDOW_DAYS, 0, MAX_WINDOW_DAYS));
        }
        if (d.disclosable() == null) {
            errors.add(FieldError.required("disclosable"));
        }
        return errors;
    }

    /**
     * What a well-formed definition may not be, given the platform's floor for withdrawal windows: a reason about
     * criticism, a window below the floor, a measure or approver its ground does not allow.
     */
    public static List<Violation> violations(ReasonDefinition d, int windowFloorDays) {
        List<Violation> violations = new ArrayList<>();
        String[][] texts = {{"code", d.code()}, {"title", d.title()}, {"termsClause", d.termsClause()},
                {"requiredEvidence", d.requiredEvidence()}, {"noticeText", d.noticeText()}};
        for (String[] field : texts) {
            forbiddenTopic(field[1]).ifPresent(topic -> violations.add(Violation.of("criticism-not-a-reason",
                    field[0] + ": public criticism, complaining or the exchange's own standing is never a reason for a"
                            + " restriction (mentions \"" + topic + "\")", field[0], topic)));
        }
        Ground ground = d.ground();
        boolean windowMeasure = d.measures().stream().anyMatch(Measure::hasWindow);
        if (windowMeasure && ground.windowFloorApplies() && d.minWindowDays() < windowFloorDays) {
            violations.add(new Violation("window-below-floor", "minWindowDays: a reason that can take away trading ("
                    + "WITHDRAW_ONLY or CLOSE) gives the customer at least the platform's " + windowFloorDays
                    + " days to withdraw, not " + d.minWindowDays() + " (only legal orders and sanctions are exempt)"));
        }
        if (d.measures().contains(Measure.FREEZE_WITHDRAWALS) && !ground.mayFreezeWithdrawals()) {
            violations.add(Violation.of("ground-forbids-measure", "measures: a " + ground
                    + " reason cannot freeze withdrawals (only legal orders, sanctions, fraud and security compromises can)", ground));
        }
        if (ground.minimumApprover() == Role.COMPLIANCE && d.approverRole() != Role.COMPLIANCE) {
            violations.add(Violation.of("ground-needs-compliance", "approverRole: a " + ground
                    + " reason is approved by COMPLIANCE", ground));
        }
        return violations;
    }

    /** Four eyes on policy: a proposed reason or change takes effect only with a compliance officer who did not write it. */
    public static List<Violation> approvalViolations(String approver, String proposer) {
        if (approver.equals(proposer)) {
            return List.of(new Violation("four-eyes", "The author of a reason or change cannot approve it;"
                    + " another compliance officer must"));
        }
        return List.of();
    }

    /** The first forbidden topic in the text as folded, if any. */
    public static Optional<String> forbiddenTopic(String text) {
        String folded = TextFolding.fold(text);
        for (Pattern p : FORBIDDEN_TOPICS) {
            Matcher m = p.matcher(folded);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    private static void require(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.required(field));
        } else if (value.length() > max) {
            errors.add(FieldError.tooLong(field, max));
        }
    }
}
