package io.redress.publicposts.domain;

import io.redress.screening.api.AccountExposure;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Suggests which of the five kinds a public post is, with the evidence. Signals: user-error phrases;
 * near-duplicate texts from several handles within 24 hours (a campaign), strengthened when the author matches
 * no customer and quotes no ticket number; the matched customer's open case past its SLA (long tail). FUD needs
 * campaign evidence: an unknown author without a ticket is no evidence of a smear on its own (most such posts are
 * plain questions or praise). Returns null when nothing points anywhere: such a post needs a person's triage.
 * The two "separation" kinds come from the account's screening exposure ({@link #fromExposure}), which outweighs
 * whatever the text suggests.
 */
public final class ComplaintClassifier {

    public static final int CAMPAIGN_HANDLES = 3;
    static final List<String> USER_ERROR_PHRASES = List.of("wrong network", "wrong chain", "wrong address",
            "sent to the wrong", "sent it to the wrong", "forgot the memo", "forgot memo", "without memo", "missing memo",
            "forgot the tag", "destination tag", "sent to a contract", "contract address", "phishing", "fake site",
            "fake website", "fake support", "scammer", "scammed", "gave my seed", "seed phrase", "recovery phrase",
            "clicked a link", "wrong token", "bep20", "erc20 instead", "trc20 instead", "didn't read", "did not understand",
            "what is a futures", "liquidated", "liquidation");

    /** A screening's suggestion outweighs any the text makes: the funds' origin is a fact, the wording a signal. */
    public static final int DIRECT_SCORE = 100;
    public static final int INDIRECT_SCORE = 90;
    /** What staff who may not read screenings see instead of a screening's evidence. */
    public static final String WITHHELD_REVIEW_OPEN = "a risk review is open on the account; the evidence is for compliance";
    public static final String WITHHELD = "the account's deposit screening found exposure; the evidence is for compliance";

    private ComplaintClassifier() {
    }

    /**
     * The account's screening exposure as a suggestion: a deposit from a listed sender (direct: one degree of
     * separation) suggests {@code ONE_DEGREE}, value traced to a listed address two or more hops back (indirect)
     * {@code TWO_DEGREES}; the evidence names the screening, the categories, the listed address and the shortest path.
     * Confidential: only those who may read screenings see this evidence ({@link PublicPost#view}). Null without exposure.
     */
    public static Suggestion fromExposure(AccountExposure e) {
        if (e == null) {
            return null;
        }
        List<String> evidence = new ArrayList<>();
        String when = e.screenedAt() == null ? "" : " of " + e.screenedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        String categories = String.join(", ", e.categories());
        if (e.degree() == AccountExposure.Degree.DIRECT) {
            evidence.add("deposit screening " + e.screeningId() + when + ": direct exposure (one degree of separation) to "
                    + categories + ": the sender " + e.sendingAddress() + " is listed; decision " + e.decision());
        } else {
            evidence.add("deposit screening " + e.screeningId() + when + ": indirect exposure (two degrees of separation) to "
                    + categories + ", " + e.hops() + " hops back from the sender " + e.sendingAddress() + "; decision " + e.decision());
            StringBuilder path = new StringBuilder("shortest path: ").append(e.listedAddress()).append(" (listed)");
            for (AccountExposure.PathStep step : e.path()) {
                path.append(" -> ").append(step.to()).append(" [tx ").append(step.txHash()).append(':').append(step.outputIndex())
                        .append(", ").append(step.amount().toPlainString()).append(']');
            }
            evidence.add(path.toString());
        }
        if (e.riskReviewOpen()) {
            evidence.add("a risk review is open on the account");
        }
        return e.degree() == AccountExposure.Degree.DIRECT
                ? new Suggestion(ComplaintKind.ONE_DEGREE, DIRECT_SCORE, evidence)
                : new Suggestion(ComplaintKind.TWO_DEGREES, INDIRECT_SCORE, evidence);
    }

    public static Suggestion suggest(PostFacts facts) {
        Map<ComplaintKind, Integer> score = new EnumMap<>(ComplaintKind.class);
        Map<ComplaintKind, List<String>> evidence = new EnumMap<>(ComplaintKind.class);
        String text = facts.text() == null ? "" : facts.text().toLowerCase(Locale.ROOT);

        List<String> phrases = USER_ERROR_PHRASES.stream().filter(text::contains).toList();
        if (!phrases.isEmpty()) {
            add(score, evidence, ComplaintKind.USER_ERROR, 2 + phrases.size(), "user-error phrases: " + String.join(", ", phrases));
        }
        if (facts.nearDuplicateHandles24h() >= CAMPAIGN_HANDLES - 1) {
            add(score, evidence, ComplaintKind.FUD_CAMPAIGN, 4 + facts.nearDuplicateHandles24h(),
                    "near-duplicate text posted by " + (facts.nearDuplicateHandles24h() + 1) + " handles within 24 hours");
            if (!facts.matchedCustomer() && !facts.quotesTicket()) {
                add(score, evidence, ComplaintKind.FUD_CAMPAIGN, 2, "the author matches no customer and quotes no ticket number");
            }
        }
        if (facts.openCasePastSla()) {
            add(score, evidence, ComplaintKind.LONG_TAIL, 5, "the customer's open case is past its SLA");
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(best -> new Suggestion(best.getKey(), best.getValue(), evidence.get(best.getKey())))
                .orElse(null);
    }

    private static void add(Map<ComplaintKind, Integer> score, Map<ComplaintKind, List<String>> evidence,
                            ComplaintKind kind, int points, String why) {
        score.merge(kind, points, Integer::sum);
        evidence.computeIfAbsent(kind, k -> new ArrayList<>()).add(why);
    }
}
