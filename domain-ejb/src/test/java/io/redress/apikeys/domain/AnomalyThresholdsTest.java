package io.redress.apikeys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnomalyThresholdsTest {

    @Test
    void defaultsAndOneSettingAlone() {
        AnomalyThresholds t = AnomalyThresholds.parse("burst-window=5m");
        assertEquals(Duration.ofMinutes(5), t.burstWindow());
        assertEquals(new BigDecimal("100000"), t.illiquidVolume());
        assertEquals(3, t.leakAccounts());
    }

    @Test
    void refusesUnknownOrUnreadableSettings() {
        assertThrows(IllegalArgumentException.class, () -> AnomalyThresholds.parse("pump=1"));
        assertThrows(IllegalArgumentException.class, () -> AnomalyThresholds.parse("pump-premium=-1"));
        assertThrows(IllegalArgumentException.class, () -> AnomalyThresholds.parse("leak-accounts=0"));
        assertThrows(IllegalArgumentException.class, () -> AnomalyThresholds.parse("leak-window=soon"));
    }
}
