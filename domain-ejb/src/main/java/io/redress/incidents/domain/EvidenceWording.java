package io.redress.incidents.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The anomaly rules in the words a customer or a regulator reads on a printed report, instead of their codes. */
public final class EvidenceWording {

    private static final Map<String, String> RULES = Map.of(
            "PUMP_PATTERN", "a purchase far above the reference price in a market with almost no volume",
            "LEAK_SIGNATURE", "the same purchase by several customers of the same service within minutes",
            "UNFAMILIAR_IP", "from a network address never seen for this key",
            "OUTSIDE_ALLOWLIST", "from outside the key's own address allowlist",
            "TRADE_BURST", "a burst of trades far above the key's usual rate");

    private EvidenceWording() {
    }

    public static String rule(String code) {
        return RULES.getOrDefault(code, "an unusual trade");
    }

    public static String rules(List<String> codes) {
        return codes.stream().map(EvidenceWording::rule).collect(Collectors.joining("; "));
    }
}
