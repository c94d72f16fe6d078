package io.redress.claims.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The assets a claim may be made in, each with the number of decimals it is counted in (BTC 8, ETH 18, USDT 6,
 * USD 2): an amount with more decimals than its asset has does not exist and is refused, never rounded.
 * Configured as {@code CODE=decimals,...}.
 */
public final class AssetCatalogue {

    public static final String DEFAULT = "BTC=8,ETH=18,USDT=6,USDC=6,USD=2,EUR=2";
    static final int MAX_SCALE = 18;

    private final Map<String, Integer> scales;

    private AssetCatalogue(Map<String, Integer> scales) {
        this.scales = Collections.unmodifiableMap(scales);
    }

    /** Reads {@code BTC=8,ETH=18}; a malformed entry is a configuration error that stops the start. */
    public static AssetCatalogue parse(String text) {
        Map<String, Integer> scales = new TreeMap<>();
        for (String entry : text.split(",")) {
            String[] kv = entry.trim().split("=");
            if (kv.length != 2 || !kv[0].trim().matches("[A-Z][A-Z0-9]{1,11}") || !kv[1].trim().matches("[0-9]{1,2}")) {
                throw new IllegalArgumentException("asset catalogue entry '" + entry + "' is not CODE=decimals");
            }
            int scale = Integer.parseInt(kv[1].trim());
            if (scale > MAX_SCALE) {
                throw new IllegalArgumentException("asset " + kv[0].trim() + ": at most " + MAX_SCALE + " decimals");
            }
            scales.put(kv[0].trim(), scale);
        }
        if (scales.isEmpty()) {
            throw new IllegalArgumentException("the asset catalogue is empty");
        }
        return new AssetCatalogue(scales);
    }

    public Optional<Integer> scaleOf(String asset) {
        return Optional.ofNullable(asset == null ? null : scales.get(asset));
    }

    /** Code to decimals, in code order. */
    public Map<String, Integer> assets() {
        return scales;
    }
}
