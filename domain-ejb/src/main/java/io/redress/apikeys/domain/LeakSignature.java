package io.redress.apikeys.domain;

import java.util.Optional;

/**
 * The cross-account signature of a leak: accounts whose keys were given to the same integration all buying the
 * same illiquid symbol within a short window (attackers use stolen keys to buy, from themselves, a token they hold).
 */
public final class LeakSignature {

    private LeakSignature() {
    }

    /**
     * @param integration the integration the key is linked to, or null (the rule needs one)
     * @param accounts    distinct accounts with keys at that integration that bought the symbol in the window ending
     *                    at this trade, this one included
     */
    public static Optional<Anomaly> check(TradeFacts t, String integration, long accounts, AnomalyThresholds th) {
        if (integration == null || t.side() != TradeEvent.Side.BUY || t.volume24h().compareTo(th.illiquidVolume()) >= 0
                || accounts < th.leakAccounts()) {
            return Optional.empty();
        }
        return Optional.of(new Anomaly(Anomaly.Kind.LEAK_SIGNATURE, accounts + " accounts with keys at " + integration
                + " bought the illiquid " + t.symbol() + " within " + th.leakWindow().toMinutes() + " minutes"));
    }
}
