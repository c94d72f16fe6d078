package io.redress.shared.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of Redress's compound settings ({@code name=value,name=value}, e.g. the key policy, the anomaly thresholds,
 * the evidence score's weights): read into an ordered map, each name and value trimmed.
 */
public final class SettingPairs {

    private SettingPairs() {
    }

    /**
     * @param what the setting, as its error message names it (e.g. "key policy part")
     * @throws IllegalArgumentException naming the part that is not {@code name=value}
     */
    public static Map<String, String> parse(String text, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(what + " '" + p + "' is not key=value");
            }
            out.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
        }
        return out;
    }
}
