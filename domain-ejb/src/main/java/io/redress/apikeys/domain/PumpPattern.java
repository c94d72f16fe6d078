package io.redress.apikeys.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A buy in an illiquid pair (24-hour volume below the threshold) at a price far above the reference price. */
public final class PumpPattern {

    private PumpPattern() {
    }

    public static Optional<Anomaly> check(TradeFacts t, AnomalyThresholds th) {
        if (t.side() != TradeEvent.Side.BUY || t.volume24h().compareTo(th.illiquidVolume()) >= 0
                || t.referencePrice().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal ceiling = t.referencePrice().multiply(BigDecimal.ONE.add(th.pumpPremium()));
        if (t.price().compareTo(ceiling) < 0) {
            return Optional.empty();
        }
        BigDecimal times = t.price().divide(t.referencePrice(), 2, RoundingMode.HALF_UP);
        return Optional.of(new Anomaly(Anomaly.Kind.PUMP_PATTERN, "bought " + t.quantity().stripTrailingZeros().toPlainString()
                + " " + t.symbol() + " at " + t.price().stripTrailingZeros().toPlainString() + ", " + times.toPlainString()
                + " times the reference price " + t.referencePrice().stripTrailingZeros().toPlainString()
                + ", in a pair with 24-hour volume " + t.volume24h().stripTrailingZeros().toPlainString()
                + " (illiquid below " + th.illiquidVolume().toPlainString() + ")"));
    }
}
