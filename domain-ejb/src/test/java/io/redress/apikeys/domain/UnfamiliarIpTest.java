package io.redress.apikeys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UnfamiliarIpTest {

    @Test
    void anAddressNeverSeenForTheKeyIsFlagged() {
        Anomaly a = UnfamiliarIp.check(Trades.from("45.137.21.9"), Set.of("198.51.100.4", "198.51.100.5")).orElseThrow();
        assertEquals(Anomaly.Kind.UNFAMILIAR_IP, a.rule());
        assertTrue(a.evidence().contains("45.137.21.9") && a.evidence().contains("2 other addresses"), a.evidence());
    }

    @Test
    void aKnownAddressOrNoAddressIsNot() {
        assertTrue(UnfamiliarIp.check(Trades.from("198.51.100.4"), Set.of("198.51.100.4")).isEmpty());
        assertTrue(UnfamiliarIp.check(Trades.from(null), Set.of("198.51.100.4")).isEmpty());
    }

    @Test
    void theFirstUseOfAKeySeenNowhereIsFlagged() {
        assertTrue(UnfamiliarIp.check(Trades.from("2001:db8::1"), Set.of()).orElseThrow().evidence().contains("no address"));
    }
}
