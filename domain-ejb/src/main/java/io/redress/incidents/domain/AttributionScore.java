package io.redress.incidents.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The leak-attribution score: a sum of factors, each shown with what was observed, its weight and its contribution
 * (weight × how much of it was observed), so that anyone can redo the sum by hand. Positive contributions point to a
 * third party, negative ones to the customer's own activity. The total falls in one of three bands whose thresholds
 * are part of the result. No factor is hidden and none is learned from data: the weights are the configured ones
 * ({@link AttributionWeights}).
 */
public final class AttributionScore {

    private AttributionScore() {
    }

    /**
     * One factor.
     *
     * @param code         stable name for staff and tests (never printed for the customer)
     * @param label        what the factor asks, in plain words
     * @param observed     what was found, in plain words
     * @param weight       the configured weight
     * @param extent       how much of the factor was observed, 0 to 1
     * @param contribution weight × extent, rounded to 0.1
     */
    public record Factor(String code, String label, String observed, double weight, double extent, double contribution) {
    }

    /** The score with its factors and the bands' thresholds. */
    public record Assessment(double score, Conclusion conclusion, List<Factor> factors, double leakLikelyFrom,
                             double ownActivityLikelyAt) {
    }

    public static Assessment assess(AttributionFacts f, AttributionWeights w) {
        List<Factor> factors = new ArrayList<>();
        boolean linked = f.incidentRef() != null;
        factors.add(factor("INCIDENT_LINK", "Was the key linked to a third-party service under incident, exposed before or during the period?",
                linked ? "Yes: incident " + f.incidentRef() : "No", w.incidentLink(), linked ? 1 : 0));
        boolean predates = linked && f.keyPredatesExposure();
        factors.add(factor("KEY_PREDATES_EXPOSURE", "Did the key exist before the service's suspected exposure began?",
                !linked ? "Not applicable (no incident)" : predates ? "Yes" : "No: the key was created after it began",
                w.keyPredatesExposure(), predates ? 1 : 0));
        factors.add(peerFactor(f.peers(), w));
        long known = f.fromFamiliar() + f.fromUnfamiliar();
        double unfamiliar = share(f.fromUnfamiliar(), f.disputedTrades());
        factors.add(factor("UNFAMILIAR_SOURCES", "How many of the disputed trades came from network addresses the customer had never used before?",
                f.fromUnfamiliar() + " of " + f.disputedTrades() + " (" + percent(unfamiliar) + ")", w.unfamiliarSources(), unfamiliar));
        double familiar = share(f.fromFamiliar(), f.disputedTrades());
        factors.add(factor("FAMILIAR_SOURCES", "How many of the disputed trades came from network addresses the customer had used before (earlier trades, or where the key was created)?",
                f.fromFamiliar() + " of " + f.disputedTrades() + " (" + percent(familiar) + ")"
                        + (known < f.disputedTrades() ? "; " + (f.disputedTrades() - known) + " without a reported address" : ""),
                w.familiarSources(), familiar));
        factors.add(factor("NO_ALLOWLIST", "Could the key be used from any network address (no IP allowlist)?",
                f.hasAllowlist() ? "No: the key had an IP allowlist" : "Yes: the key (or one of the account's keys) had no IP allowlist", w.noAllowlist(),
                f.hasAllowlist() ? 0 : 1));
        double inside = f.hasAllowlist() ? share(f.insideAllowlist(), f.disputedTrades()) : 0;
        factors.add(factor("INSIDE_ALLOWLIST", "How many of the disputed trades came from inside the key's own IP allowlist?",
                f.hasAllowlist() ? f.insideAllowlist() + " of " + f.disputedTrades() + " (" + percent(inside) + ")"
                        : "Not applicable (no allowlist)", w.insideAllowlist(), inside));
        boolean common = f.counterpartyVictims() > 0;
        factors.add(factor("COMMON_COUNTERPARTY", "Did the other side of the disputed trades also trade against other customers' anomalous trades?",
                common ? "Yes: against " + f.counterpartyVictims() + " other account(s)" : "No (or the other side is not known)",
                w.commonCounterparty(), common ? 1 : 0));
        double score = round1(factors.stream().mapToDouble(Factor::contribution).sum());
        Conclusion c = score >= w.leakLikelyFrom() ? Conclusion.THIRD_PARTY_LEAK_LIKELY
                : score <= w.ownActivityLikelyAt() ? Conclusion.OWN_ACTIVITY_LIKELY : Conclusion.UNDETERMINED;
        return new Assessment(score, c, List.copyOf(factors), w.leakLikelyFrom(), w.ownActivityLikelyAt());
    }

    /**
     * Nothing below {@code min-peers} other anomalous accounts or at a lift of 1 or less (peers no likelier than the
     * base); in full from {@code lift-full}; in proportion between.
     */
    private static Factor peerFactor(PatternComparison p, AttributionWeights w) {
        String label = "Did other customers of the same service show the same pattern in the same period, more often than customers of other services?";
        if (p == null) {
            return factor("PEER_PATTERN", label, "Not applicable (no third-party service, or no anomalous trade)", w.peerPattern(), 0);
        }
        String observed = p.peerAnomalous() + " of " + p.peerAccounts() + " other accounts of the service (" + percent(p.peerRate())
                + ") against " + p.baseAnomalous() + " of " + p.baseAccounts() + " accounts elsewhere (" + percent(p.baseRate())
                + "); " + String.format(Locale.ROOT, "%.2f", p.lift()) + " times as likely";
        double extent = p.peerAnomalous() < w.minPeers() || p.lift() <= 1 ? 0
                : Math.min(1, (p.lift() - 1) / (w.liftFull() - 1));
        if (p.peerAnomalous() < w.minPeers()) {
            observed += "; fewer than " + w.minPeers() + " other accounts with the pattern: not counted";
        }
        return factor("PEER_PATTERN", label, observed, w.peerPattern(), extent);
    }

    private static Factor factor(String code, String label, String observed, double weight, double extent) {
        double e = Math.round(extent * 1000) / 1000.0;
        return new Factor(code, label, observed, weight, e, round1(weight * e));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static double round1(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == 0 ? 0 : r; // no -0.0 in a printed report
    }
}
