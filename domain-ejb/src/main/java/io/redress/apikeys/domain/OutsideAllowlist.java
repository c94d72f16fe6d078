package io.redress.apikeys.domain;

import java.util.Optional;

/** A trade from an address outside the key's own allowlist: the exchange let through what it should have refused. */
public final class OutsideAllowlist {

    private OutsideAllowlist() {
    }

    public static Optional<Anomaly> check(TradeFacts t, IpAllowlist allowlist) {
        if (t.sourceIp() == null || allowlist.isEmpty() || allowlist.allows(t.sourceIp())) {
            return Optional.empty();
        }
        return Optional.of(new Anomaly(Anomaly.Kind.OUTSIDE_ALLOWLIST, "trade from " + t.sourceIp()
                + ", outside the key's allowlist " + allowlist.entries()));
    }
}
