package io.redress.apikeys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutsideAllowlistTest {

    private final IpAllowlist list = IpAllowlist.stored("203.0.113.0/24 2001:db8::/32");

    @Test
    void aTradeFromOutsideTheKeysAllowlistIsFlagged() {
        Anomaly a = OutsideAllowlist.check(Trades.from("198.51.100.4"), list).orElseThrow();
        assertEquals(Anomaly.Kind.OUTSIDE_ALLOWLIST, a.rule());
        assertTrue(a.evidence().contains("198.51.100.4") && a.evidence().contains("203.0.113.0/24"), a.evidence());
    }

    @Test
    void insideTheAllowlistWithoutOneOrWithoutAnAddressIsNot() {
        assertTrue(OutsideAllowlist.check(Trades.from("203.0.113.200"), list).isEmpty());
        assertTrue(OutsideAllowlist.check(Trades.from("2001:db8:1::5"), list).isEmpty());
        assertTrue(OutsideAllowlist.check(Trades.from("198.51.100.4"), IpAllowlist.none()).isEmpty());
        assertTrue(OutsideAllowlist.check(Trades.from(null), list).isEmpty());
    }
}
