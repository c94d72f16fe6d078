package io.redress.apikeys.domain;

import static io.redress.apikeys.api.KeyPermission.FUTURES_TRADE;
import static io.redress.apikeys.api.KeyPermission.MARGIN_TRADE;
import static io.redress.apikeys.api.KeyPermission.READ;
import static io.redress.apikeys.api.KeyPermission.SPOT_TRADE;
import static io.redress.apikeys.api.KeyPermission.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyPolicyTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private final KeyPolicy policy = KeyPolicy.defaults();

    private static Instant day(int n) {
        return CREATED.plus(Duration.ofDays(n));
    }

    @Test
    void aTradingKeyWithoutAllowlistLosesTradingThirtyDaysAfterCreation() {
        KeyPolicy.Facts f = new KeyPolicy.Facts(EnumSet.of(READ, SPOT_TRADE, MARGIN_TRADE, FUTURES_TRADE), false, CREATED, day(29));
        KeyPolicy.Verdict before = policy.apply(f, day(29));
        assertEquals(EnumSet.of(READ, SPOT_TRADE, MARGIN_TRADE, FUTURES_TRADE), before.permissions());
        assertEquals(day(30), before.nextCheckAt(), "the lapse is the next moment the answer changes");
        KeyPolicy.Verdict after = policy.apply(f, day(30));
        assertEquals(EnumSet.of(READ), after.permissions());
        assertEquals(EnumSet.of(SPOT_TRADE, MARGIN_TRADE, FUTURES_TRADE), after.removed());
        assertFalse(after.expired());
        assertEquals(day(59), after.nextCheckAt(), "then the expiry, 30 days after the last use");
    }

    @Test
    void withdrawNeedsAnAllowlistFromTheStart() {
        KeyPolicy.Verdict v = policy.apply(new KeyPolicy.Facts(EnumSet.of(READ, WITHDRAW), false, CREATED, null), day(0));
        assertEquals(EnumSet.of(READ), v.permissions());
        assertEquals(EnumSet.of(WITHDRAW), v.removed());
    }

    @Test
    void aKeyWithoutAllowlistUnusedForThirtyDaysExpires() {
        KeyPolicy.Facts neverUsed = new KeyPolicy.Facts(EnumSet.of(READ), false, CREATED, null);
        assertFalse(policy.apply(neverUsed, day(30).minusSeconds(1)).expired());
        assertTrue(policy.apply(neverUsed, day(30)).expired());
        KeyPolicy.Facts usedOnDay20 = new KeyPolicy.Facts(EnumSet.of(READ), false, CREATED, day(20));
        assertFalse(policy.apply(usedOnDay20, day(49)).expired());
        assertTrue(policy.apply(usedOnDay20, day(50)).expired());
        assertNull(policy.apply(usedOnDay20, day(50)).nextCheckAt(), "an expired key needs no further look");
    }

    @Test
    void aKeyWithAnAllowlistKeepsWhatItWasGivenForever() {
        Set<io.redress.apikeys.api.KeyPermission> all = EnumSet.allOf(io.redress.apikeys.api.KeyPermission.class);
        KeyPolicy.Verdict v = policy.apply(new KeyPolicy.Facts(all, true, CREATED, null), day(400));
        assertEquals(all, v.permissions());
        assertFalse(v.expired());
        assertNull(v.nextCheckAt());
    }

    @Test
    void isConfigurableOneSettingAtATime() {
        KeyPolicy p = KeyPolicy.parse("trading-without-allowlist=7d");
        assertEquals(Duration.ofDays(7), p.tradingWithoutAllowlist());
        assertEquals(Duration.ofDays(30), p.unusedWithoutAllowlist());
        assertTrue(p.withdrawNeedsAllowlist());
        KeyPolicy lenient = KeyPolicy.parse("withdraw-needs-allowlist=false, unused-without-allowlist=12h");
        assertEquals(EnumSet.of(READ, WITHDRAW),
                lenient.apply(new KeyPolicy.Facts(EnumSet.of(READ, WITHDRAW), false, CREATED, null), CREATED.plusSeconds(3600)).permissions());
        assertTrue(lenient.apply(new KeyPolicy.Facts(EnumSet.of(READ), false, CREATED, null), CREATED.plus(Duration.ofHours(12))).expired());
    }

    @Test
    void refusesASettingItDoesNotKnowOrCannotRead() {
        assertThrows(IllegalArgumentException.class, () -> KeyPolicy.parse("trading=30d"));
        assertThrows(IllegalArgumentException.class, () -> KeyPolicy.parse("trading-without-allowlist=30"));
        assertThrows(IllegalArgumentException.class, () -> KeyPolicy.parse("trading-without-allowlist=0d"));
        assertThrows(IllegalArgumentException.class, () -> KeyPolicy.parse("withdraw-needs-allowlist=maybe"));
        assertThrows(IllegalArgumentException.class, () -> KeyPolicy.parse("nonsense"));
    }
}
