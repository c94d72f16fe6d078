package io.redress.apikeys.domain;

import static io.redress.apikeys.api.KeyPermission.READ;
import static io.redress.apikeys.api.KeyPermission.SPOT_TRADE;
import static io.redress.apikeys.api.KeyPermission.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redress.apikeys.api.KeyPermission;
import io.redress.apikeys.api.KeyStatus;
import io.redress.restrictions.api.KeyCheck.Refusal;
import io.redress.restrictions.api.KeyCheck.Use;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyUsageTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private final KeyPolicy policy = KeyPolicy.defaults();

    private static KeyUsage.KeyState key(KeyStatus status, Set<KeyPermission> granted, String allowlist, int ageDays) {
        return new KeyUsage.KeyState("k1", "ACC-1", status, granted, IpAllowlist.stored(allowlist),
                NOW.minus(Duration.ofDays(ageDays)), NOW.minus(Duration.ofDays(1)));
    }

    private List<Refusal> ask(KeyUsage.KeyState k, String account, Use use, String ip) {
        return KeyUsage.refusals(k, account, use, ip, policy, NOW);
    }

    @Test
    void anActiveTradingKeyOfTheAccountFromInsideItsAllowlistMayTrade() {
        assertEquals(List.of(), ask(key(KeyStatus.ACTIVE, EnumSet.of(READ, SPOT_TRADE), "203.0.113.0/24", 100), "ACC-1", Use.TRADE, "203.0.113.9"));
    }

    @Test
    void eachRefusalHasItsReason() {
        assertEquals(List.of(Refusal.UNKNOWN_KEY), ask(null, "ACC-1", Use.TRADE, null));
        assertEquals(List.of(Refusal.KEY_REVOKED), ask(key(KeyStatus.REVOKED, EnumSet.of(SPOT_TRADE), "", 1), "ACC-1", Use.TRADE, null));
        assertEquals(List.of(Refusal.KEY_EXPIRED), ask(key(KeyStatus.EXPIRED, EnumSet.of(SPOT_TRADE), "", 1), "ACC-1", Use.TRADE, null));
        assertEquals(List.of(Refusal.KEY_OF_ANOTHER_ACCOUNT), ask(key(KeyStatus.ACTIVE, EnumSet.of(SPOT_TRADE), "", 1), "ACC-2", Use.TRADE, null));
        assertEquals(List.of(Refusal.KEY_PERMISSION_MISSING), ask(key(KeyStatus.ACTIVE, EnumSet.of(READ), "", 1), "ACC-1", Use.TRADE, null));
        assertEquals(List.of(Refusal.SOURCE_IP_NOT_ALLOWED),
                ask(key(KeyStatus.ACTIVE, EnumSet.of(SPOT_TRADE), "203.0.113.0/24", 1), "ACC-1", Use.TRADE, "198.51.100.1"));
    }

    @Test
    void thePolicyIsAppliedAsOfTheDecisionNotTheLastSweep() {
        // stored ACTIVE with SPOT_TRADE, but 31 days old without an allowlist: trading has lapsed already
        assertEquals(List.of(Refusal.KEY_PERMISSION_MISSING), ask(key(KeyStatus.ACTIVE, EnumSet.of(READ, SPOT_TRADE), "", 31), "ACC-1", Use.TRADE, null));
        KeyUsage.KeyState unused = new KeyUsage.KeyState("k1", "ACC-1", KeyStatus.ACTIVE, EnumSet.of(READ), IpAllowlist.none(),
                NOW.minus(Duration.ofDays(40)), NOW.minus(Duration.ofDays(31)));
        assertEquals(List.of(Refusal.KEY_EXPIRED), ask(unused, "ACC-1", Use.OTHER, null));
    }

    @Test
    void withdrawingNeedsWithdrawWhichNeedsAnAllowlist() {
        assertEquals(List.of(), ask(key(KeyStatus.ACTIVE, EnumSet.of(WITHDRAW), "203.0.113.7", 1), "ACC-1", Use.WITHDRAW, "203.0.113.7"));
        assertEquals(List.of(Refusal.KEY_PERMISSION_MISSING), ask(key(KeyStatus.ACTIVE, EnumSet.of(WITHDRAW), "", 1), "ACC-1", Use.WITHDRAW, null));
        assertEquals(List.of(Refusal.KEY_PERMISSION_MISSING), ask(key(KeyStatus.ACTIVE, EnumSet.of(SPOT_TRADE), "203.0.113.7", 1), "ACC-1", Use.WITHDRAW, null));
    }

    @Test
    void aRevokedKeyFromOutsideItsAllowlistGivesBothReasons() {
        assertEquals(List.of(Refusal.KEY_REVOKED, Refusal.SOURCE_IP_NOT_ALLOWED),
                ask(key(KeyStatus.REVOKED, EnumSet.of(SPOT_TRADE), "203.0.113.7", 1), "ACC-1", Use.TRADE, "198.51.100.1"));
    }
}
