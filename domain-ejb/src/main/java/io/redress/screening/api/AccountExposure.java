package io.redress.screening.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What screening knows of an account's exposure, as other contexts may ask it: the latest of its deposit screenings
 * that found any, {@code DIRECT} when the deposit's sender is itself listed (one degree of separation) or {@code INDIRECT}
 * when value was traced to a listed address two or more hops back; the categories of that degree; the shortest evidence
 * path (from the listed address towards the sender, empty when the sender is the listed address); the screening's
 * decision ({@code PASS}, {@code HOLD}, {@code FREEZE}); and whether a
 * confidential risk review (an investigation) is open on the account now. Confidential: a context that passes it on must
 * show the categories and the path only to those who may read screenings (compliance, auditors), never to the
 * integration login.
 */
public record AccountExposure(String accountId, long screeningId, Degree degree, List<String> categories,
                              String sendingAddress, String listedAddress, int hops, List<PathStep> path,
                              String decision, Instant screenedAt, boolean riskReviewOpen) {

    public enum Degree { DIRECT, INDIRECT }

    public AccountExposure {
        categories = List.copyOf(categories);
        path = List.copyOf(path);
    }

    /** One transfer on the evidence path: from, to, the transaction and output, the amount. */
    public record PathStep(String from, String to, String txHash, int outputIndex, BigDecimal amount) {
    }
}
