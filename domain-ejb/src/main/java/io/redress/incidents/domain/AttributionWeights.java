package io.redress.incidents.domain;

import io.redress.shared.domain.SettingPairs;
import java.util.Map;

/**
 * The leak-attribution score's weights and bands ({@code redress.evidence.score}, {@code key=value} pairs, any key
 * alone; the rest keep their defaults). Positive weights point to a third party, negative ones to the customer.
 *
 * @param incidentLink         the key was linked to an integration under incident, exposed since before the window's end
 * @param keyPredatesExposure  the key existed before the incident's suspected start (it could have been in the leak)
 * @param peerPattern          other accounts at the integration show the same pattern far more than the base rate
 * @param liftFull             the lift (peer rate / base rate) from which the peer factor counts in full
 * @param minPeers             the peer factor counts only from this many other anomalous accounts at the integration
 * @param unfamiliarSources    times the share of the disputed trades from addresses the customer never used before
 * @param familiarSources      times the share of the disputed trades from addresses the customer had used before
 * @param noAllowlist          the key had no IP allowlist (usable by anyone holding it, from anywhere)
 * @param insideAllowlist      times the share of the disputed trades from inside the key's own allowlist
 * @param commonCounterparty   the disputed trades' other side also took the other side of other accounts' anomalous trades
 * @param leakLikelyFrom       a score at or above this: third-party leak likely
 * @param ownActivityLikelyAt  a score at or below this: the customer's own activity likely
 */
public record AttributionWeights(double incidentLink, double keyPredatesExposure, double peerPattern, double liftFull,
                                 int minPeers, double unfamiliarSources, double familiarSources, double noAllowlist,
                                 double insideAllowlist, double commonCounterparty, double leakLikelyFrom,
                                 double ownActivityLikelyAt) {

    public static final String DEFAULTS = "incident-link=30,key-predates-exposure=10,peer-pattern=30,lift-full=10,min-peers=3,"
            + "unfamiliar-sources=20,familiar-sources=-30,no-allowlist=10,inside-allowlist=-20,common-counterparty=15,"
            + "leak-likely=50,own-activity-likely=-15";

    public AttributionWeights {
        if (liftFull <= 1) {
            throw new IllegalArgumentException("lift-full must be more than 1");
        }
        if (minPeers < 1) {
            throw new IllegalArgumentException("min-peers must be a whole number from 1");
        }
        if (ownActivityLikelyAt >= leakLikelyFrom) {
            throw new IllegalArgumentException("own-activity-likely must be below leak-likely");
        }
    }

    public static AttributionWeights defaults() {
        return parse(DEFAULTS);
    }

    /** @throws IllegalArgumentException naming the bad part */
    public static AttributionWeights parse(String text) {
        Map<String, String> v = SettingPairs.parse(DEFAULTS, "evidence score setting");
        if (text != null && !text.isBlank()) {
            for (Map.Entry<String, String> e : SettingPairs.parse(text, "evidence score setting").entrySet()) {
                if (!v.containsKey(e.getKey())) {
                    throw new IllegalArgumentException("unknown evidence score setting '" + e.getKey() + "'");
                }
                v.put(e.getKey(), e.getValue());
            }
        }
        String peers = v.get("min-peers");
        if (!peers.matches("[1-9][0-9]{0,5}")) {
            throw new IllegalArgumentException("min-peers must be a whole number from 1");
        }
        return new AttributionWeights(number("incident-link", v), number("key-predates-exposure", v),
                number("peer-pattern", v), number("lift-full", v), Integer.parseInt(peers),
                number("unfamiliar-sources", v), number("familiar-sources", v), number("no-allowlist", v),
                number("inside-allowlist", v), number("common-counterparty", v), number("leak-likely", v),
                number("own-activity-likely", v));
    }

    private static double number(String key, Map<String, String> v) {
        String s = v.get(key);
        if (s.matches("-?[0-9]{1,6}(\\.[0-9]{1,4})?")) {
            return Double.parseDouble(s);
        }
        throw new IllegalArgumentException(key + " must be a number such as 30 or -12.5");
    }

}
