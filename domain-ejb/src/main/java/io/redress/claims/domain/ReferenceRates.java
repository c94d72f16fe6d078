package io.redress.claims.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configured conversion of one unit of each asset into the reference currency the approval limits are in
 * (e.g. {@code BTC=60000,ETH=3000,USDT=1,USD=1} for USD). A decision may bring its own rate (the market's at the
 * time of the loss); either way the rate used is written on the decision, so a limit check can be retraced.
 */
public final class ReferenceRates {

    public static final String DEFAULT = "BTC=60000,ETH=3000,USDT=1,USDC=1,USD=1,EUR=1.08";

    private final Map<String, BigDecimal> rates;

    private ReferenceRates(Map<String, BigDecimal> rates) {
        this.rates = Collections.unmodifiableMap(rates);
    }

    public static ReferenceRates parse(String text) {
        Map<String, BigDecimal> rates = new TreeMap<>();
        if (text != null && !text.isBlank()) {
            for (String entry : text.split(",")) {
                String[] kv = entry.trim().split("=");
                if (kv.length != 2 || !kv[1].trim().matches("[0-9]{1,15}(\\.[0-9]{1,18})?")) {
                    throw new IllegalArgumentException("reference rate '" + entry + "' is not CODE=rate");
                }
                BigDecimal rate = new BigDecimal(kv[1].trim());
                if (rate.signum() <= 0) {
                    throw new IllegalArgumentException("reference rate of " + kv[0].trim() + " must be above zero");
                }
                rates.put(kv[0].trim(), rate);
            }
        }
        return new ReferenceRates(rates);
    }

    public Optional<BigDecimal> rateOf(String asset) {
        return Optional.ofNullable(asset == null ? null : rates.get(asset));
    }

    public Map<String, BigDecimal> rates() {
        return rates;
    }
}
