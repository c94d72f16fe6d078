package io.redress.screening.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How far and how finely exposure is traced: the hop limit (the deposit itself is hop 1: a flagged sender is one hop
 * away; default 4, at most 6), the dust thresholds per asset (a transfer from a flagged address below its asset's
 * threshold does not taint the receiver), and a budget of transfers read per trace. Written
 * {@code hops=4,dust=XBT:0.0001|ETH:0.001|USDT:1,budget=2000000}.
 */
public record TraceRules(int maxHops, Map<String, BigDecimal> dust, int budget) {

    public static final String DEFAULT = "hops=4,dust=XBT:0.0001|BTC:0.0001|ETH:0.001|USDT:1|USDC:1|TRX:10,budget=2000000";
    public static final int MAX_HOPS = 6;

    public TraceRules {
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("hops is 1 to " + MAX_HOPS + ", not " + maxHops);
        }
        if (budget < 1000) {
            throw new IllegalArgumentException("budget is at least 1000 transfers");
        }
        dust = Map.copyOf(dust);
    }

    public double dustOf(String asset) {
        BigDecimal d = dust.get(asset);
        return d == null ? 0 : d.doubleValue();
    }

    public TraceRules withHops(int hops) {
        return new TraceRules(hops, dust, budget);
    }

    public static TraceRules parse(String text) {
        int hops = 4;
        int budget = 2_000_000;
        Map<String, BigDecimal> dust = new HashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("screening trace setting '" + part + "' is not key=value");
            }
            switch (kv[0].strip()) {
                case "hops" -> hops = Integer.parseInt(kv[1].strip());
                case "budget" -> budget = Integer.parseInt(kv[1].strip());
                case "dust" -> {
                    for (String d : kv[1].split("\\|")) {
                        String[] av = d.strip().split(":", 2);
                        if (av.length != 2) {
                            throw new IllegalArgumentException("dust '" + d + "' is not ASSET:amount");
                        }
                        BigDecimal v = new BigDecimal(av[1].strip());
                        if (v.signum() < 0) {
                            throw new IllegalArgumentException("dust of " + av[0] + " is negative");
                        }
                        dust.put(av[0].strip().toUpperCase(Locale.ROOT), v);
                    }
                }
                default -> throw new IllegalArgumentException("unknown screening trace setting " + kv[0]);
            }
        }
        return new TraceRules(hops, dust, budget);
    }
}
