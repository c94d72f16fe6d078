package io.redress.apikeys.domain;

import java.util.Optional;

/** Far more trades in a short window than the key's own history would put there. */
public final class TradeBurst {

    private TradeBurst() {
    }

    /**
     * @param inWindow trades of the key in the burst window ending at this trade, this one included
     * @param inBaseline trades of the key in the baseline period before the window
     */
    public static Optional<Anomaly> check(TradeFacts t, long inWindow, long inBaseline, AnomalyThresholds th) {
        double expected = (double) inBaseline * th.burstWindow().toSeconds() / th.burstBaseline().toSeconds();
        double needed = Math.max(th.burstMinimum(), th.burstFactor() * expected);
        if (inWindow < needed) {
            return Optional.empty();
        }
        return Optional.of(new Anomaly(Anomaly.Kind.TRADE_BURST, inWindow + " trades with key " + t.keyId() + " within "
                + th.burstWindow().toMinutes() + " minutes; its history (" + inBaseline + " trades in the "
                + th.burstBaseline().toDays() + " days before) would put " + String.format(java.util.Locale.ROOT, "%.1f", expected)
                + " there"));
    }
}
