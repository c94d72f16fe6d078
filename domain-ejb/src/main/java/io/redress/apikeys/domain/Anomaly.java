package io.redress.apikeys.domain;

/** What a rule found in a trade, with the evidence a person reads. */
public record Anomaly(Kind rule, String evidence) {

    public enum Kind {
        /** A buy in an illiquid pair far above the reference price. */
        PUMP_PATTERN,
        /** The key used from an address it was never seen at. */
        UNFAMILIAR_IP,
        /** The key used from outside its own allowlist. */
        OUTSIDE_ALLOWLIST,
        /** Far more trades in a short window than the key's own history. */
        TRADE_BURST,
        /** Many accounts with keys at the same integration buying the same illiquid symbol in a short window. */
        LEAK_SIGNATURE;

        /** The alert kind this anomaly raises. */
        public String alertKind() {
            return "API_KEY_" + name();
        }
    }
}
