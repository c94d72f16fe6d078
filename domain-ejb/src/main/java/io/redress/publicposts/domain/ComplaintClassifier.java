package io.redress.publicposts.domain;

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
 * plain questions or praise). The two "separation" kinds need the account's screening exposure and are chosen by
 * staff until screening exists. Returns null when nothing points anywhere: such a post needs a person's triage.
 */
public final class ComplaintClassifier {

    public static final int CAMPAIGN_HANDLES = 3;
    static final List<String> USER_ERROR_PHRASES = List.of("wrong network", "wrong chain", "wrong address",
            "sent to the wrong", "sent it to the wrong", "forgot the memo", "forgot memo", "without memo", "missing memo",
            "forgot the tag", "destination tag", "sent to a contract", "contract address", "phishing", "fake site",
            "fake website", "fake support", "scammer", "scammed", "gave my seed", "seed phrase", "recovery phrase",
            "clicked a link", "wrong token", "bep20", "erc20 instead", "trc20 instead", "didn't read", "did not understand",
            "what is a futures", "liquidated", "liquidation");

    private ComplaintClassifier() {
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
