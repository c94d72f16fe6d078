package io.redress.apikeys.api;

import java.util.EnumSet;
import java.util.Set;

/** What an exchange API key may do. */
public enum KeyPermission {
    READ, SPOT_TRADE, MARGIN_TRADE, FUTURES_TRADE, WITHDRAW;

    public static final Set<KeyPermission> TRADING = EnumSet.of(SPOT_TRADE, MARGIN_TRADE, FUTURES_TRADE);

    public boolean trades() {
        return TRADING.contains(this);
    }
}
