package io.redress.apikeys.domain;

import java.util.Optional;
import java.util.Set;

/** The key used from an address it was never seen at before: not at its creation, not in an earlier trade. */
public final class UnfamiliarIp {

    private UnfamiliarIp() {
    }

    /** @param seen canonical addresses the key was created from or traded from before this trade */
    public static Optional<Anomaly> check(TradeFacts t, Set<String> seen) {
        if (t.sourceIp() == null || seen.contains(t.sourceIp())) {
            return Optional.empty();
        }
        return Optional.of(new Anomaly(Anomaly.Kind.UNFAMILIAR_IP, "first use of key " + t.keyId() + " from "
                + t.sourceIp() + "; seen before from " + (seen.isEmpty() ? "no address" : seen.size() + " other address"
                + (seen.size() == 1 ? "" : "es"))));
    }
}
