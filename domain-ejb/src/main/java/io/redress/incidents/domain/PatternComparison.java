package io.redress.incidents.domain;

import java.util.List;

/**
 * The same anomaly pattern among the other accounts with keys at the integration (peers), against the base rate among
 * accounts whose keys were not linked to it. A rate is anomalous accounts / accounts with keys; the lift compares the
 * two with one account added to each side of both rates (Laplace's rule: (a + 1) / (n + 2)), so that a base of no
 * anomalous account gives a finite lift and a handful of peers cannot give an enormous one.
 *
 * @param rules          the pattern: an account shows it with an anomaly of any of these rules in the window
 * @param peerRate       peerAnomalous / peerAccounts (0 when there are none)
 * @param baseRate       baseAnomalous / baseAccounts (0 when there are none)
 */
public record PatternComparison(List<String> rules, long peerAccounts, long peerAnomalous, long baseAccounts,
                                long baseAnomalous, double peerRate, double baseRate, double lift) {

    public static PatternComparison of(List<String> rules, long peerAccounts, long peerAnomalous, long baseAccounts,
                                       long baseAnomalous) {
        if (peerAnomalous > peerAccounts || baseAnomalous > baseAccounts || peerAnomalous < 0 || baseAnomalous < 0) {
            throw new IllegalArgumentException("anomalous accounts are among the accounts with keys");
        }
        double smoothedPeer = (peerAnomalous + 1.0) / (peerAccounts + 2.0);
        double smoothedBase = (baseAnomalous + 1.0) / (baseAccounts + 2.0);
        return new PatternComparison(List.copyOf(rules), peerAccounts, peerAnomalous, baseAccounts, baseAnomalous,
                rate(peerAnomalous, peerAccounts), rate(baseAnomalous, baseAccounts), round(smoothedPeer / smoothedBase));
    }

    private static double rate(long anomalous, long accounts) {
        return accounts == 0 ? 0 : (double) anomalous / accounts;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
