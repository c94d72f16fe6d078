package io.redress.apikeys.domain;

import io.redress.shared.domain.SettingPairs;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The anomaly rules' thresholds ({@code redress.apikeys.anomalies}, {@code key=value} pairs; any key alone).
 *
 * @param illiquidVolume  a pair whose 24-hour volume (quote currency) is below this is illiquid
 * @param pumpPremium     a buy at or above reference × (1 + this) is far above the reference price
 * @param burstWindow     the window a burst is counted in
 * @param burstBaseline   the key's history the burst is compared with
 * @param burstFactor     a burst is this many times the trades the history would put in the window
 * @param burstMinimum    and at least this many trades in the window
 * @param leakWindow      the window of the cross-account signature
 * @param leakAccounts    this many accounts (this one included) of one integration buying the same illiquid symbol
 */
public record AnomalyThresholds(BigDecimal illiquidVolume, BigDecimal pumpPremium, Duration burstWindow,
                                Duration burstBaseline, int burstFactor, int burstMinimum, Duration leakWindow,
                                int leakAccounts) {

    public static final String DEFAULTS = "illiquid-volume=100000,pump-premium=0.5,burst-window=10m,burst-baseline=7d,"
            + "burst-factor=10,burst-minimum=20,leak-window=60m,leak-accounts=3";

    public static AnomalyThresholds defaults() {
        return parse(DEFAULTS);
    }

    /** @throws IllegalArgumentException naming the bad part */
    public static AnomalyThresholds parse(String text) {
        Map<String, String> v = new LinkedHashMap<>(SettingPairs.parse(DEFAULTS, "anomaly setting"));
        if (text != null && !text.isBlank()) {
            for (Map.Entry<String, String> e : SettingPairs.parse(text, "anomaly setting").entrySet()) {
                if (!v.containsKey(e.getKey())) {
                    throw new IllegalArgumentException("unknown anomaly setting '" + e.getKey() + "'");
                }
                v.put(e.getKey(), e.getValue());
            }
        }
        return new AnomalyThresholds(positive("illiquid-volume", v), positive("pump-premium", v),
                KeyPolicy.duration(v.get("burst-window")), KeyPolicy.duration(v.get("burst-baseline")),
                count("burst-factor", v), count("burst-minimum", v), KeyPolicy.duration(v.get("leak-window")),
                count("leak-accounts", v));
    }

    private static BigDecimal positive(String key, Map<String, String> v) {
        try {
            BigDecimal d = new BigDecimal(v.get(key));
            if (d.signum() > 0) {
                return d;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(key + " must be a positive number");
    }

    private static int count(String key, Map<String, String> v) {
        String s = v.get(key);
        if (!s.matches("[1-9][0-9]{0,5}")) {
            throw new IllegalArgumentException(key + " must be a whole number from 1");
        }
        return Integer.parseInt(s);
    }

}
