package io.redress.screening.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A deposit's screening as the exchange and compliance read it: the decision with the rules that fired, the amount
 * the hold or freeze covers, and per category the exposure with its evidence path. {@code repeated}: this deposit was
 * screened before and this is that screening's answer.
 */
public record ScreeningView(long screeningId, String accountId, String chain, String asset, String txHash,
                            String sendingAddress, BigDecimal amount, ScreeningPolicy.Measure decision, List<String> reasons,
                            BigDecimal coveredAmount, boolean inForce, List<ExposureView> exposures, Instant screenedAt,
                            boolean repeated) {

    /**
     * One category's exposure: {@code degree} DIRECT (the sender is listed: one degree of separation) or INDIRECT (two
     * hops or more); shares are of the deposit's value (0 to 1, six decimals); {@code sharesByHop[0]} is hop 1.
     */
    public record ExposureView(Category category, String degree, BigDecimal share, BigDecimal directShare,
                               BigDecimal indirectShare, List<BigDecimal> sharesByHop, BigDecimal tracedAmount,
                               int nearestHops, List<ListingView> listings, List<PathStep> path) {
    }

    /** Why the address at the path's start is listed under the category: which source, for which asset. */
    public record ListingView(String address, String source, String asset, Severity severity, String label) {
    }

    /** One transfer on the evidence path, from the listed address towards the sender. */
    public record PathStep(String from, String to, String txHash, int outputIndex, BigDecimal amount) {
    }
}
