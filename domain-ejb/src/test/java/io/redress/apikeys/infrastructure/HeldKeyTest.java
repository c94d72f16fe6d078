package io.redress.apikeys.infrastructure;

import static io.redress.apikeys.api.KeyPermission.READ;
import static io.redress.apikeys.api.KeyPermission.SPOT_TRADE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.apikeys.api.KeyStatus;
import io.redress.apikeys.application.KeySettings;
import io.redress.apikeys.domain.IpAllowlist;
import io.redress.apikeys.domain.KeyPolicy;
import io.redress.apikeys.domain.KeyUsage;
import io.redress.restrictions.api.KeyCheck.Question;
import io.redress.restrictions.api.KeyCheck.Refusal;
import io.redress.restrictions.api.KeyCheck.Use;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A key as the decision cache keeps it answers exactly as the key's row would, to the database's microsecond. */
class HeldKeyTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00.000500Z");
    private static final KeySettings DEFAULTS = new KeySettings() {
        @Override
        public KeyPolicy policy() {
            return KeyPolicy.defaults();
        }
    };

    private static List<Refusal> both(KeyUsage.KeyState k, Question q) {
        List<Refusal> fromRow = KeyUsage.refusals(k, q.accountId(), q.use(), q.sourceIp(), KeyPolicy.defaults(), NOW);
        List<Refusal> kept = new SqlKeyCheck.HeldKey(k, DEFAULTS).refusals(q, NOW);
        assertEquals(fromRow, kept, "the kept key answers as its row");
        return kept;
    }

    @Test
    void aKeyOneMicrosecondShortOfItsExpiryIsStillUsableWhenKept() {
        // no allowlist, never used: it expires 30 days after its creation, one microsecond after NOW
        Instant created = NOW.minus(Duration.ofDays(30)).plusNanos(1000);
        KeyUsage.KeyState k = new KeyUsage.KeyState("k1", "ACC-1", KeyStatus.ACTIVE, EnumSet.of(READ), IpAllowlist.none(),
                created, null);
        assertEquals(List.of(), both(k, new Question("k1", "ACC-1", Use.OTHER, null)));
        KeyUsage.KeyState used = new KeyUsage.KeyState("k1", "ACC-1", KeyStatus.ACTIVE, EnumSet.of(READ), IpAllowlist.none(),
                NOW.minus(Duration.ofDays(90)), NOW.minus(Duration.ofDays(30)));
        assertEquals(List.of(Refusal.KEY_EXPIRED), both(used, new Question("k1", "ACC-1", Use.OTHER, null)),
                "its last use exactly 30 days ago");
    }

    @Test
    void everyRefusalIsTheRowsAndOnlyARevokedOrExpiredKeyIsSettled() {
        KeyUsage.KeyState active = new KeyUsage.KeyState("k1", "ACC-1", KeyStatus.ACTIVE, EnumSet.of(READ, SPOT_TRADE),
                IpAllowlist.stored("203.0.113.0/24 2001:db8::/32"), NOW.minus(Duration.ofDays(400)), NOW.minusSeconds(5));
        assertEquals(List.of(), both(active, new Question("k1", "ACC-1", Use.TRADE, "2001:db8::7")));
        assertEquals(List.of(Refusal.SOURCE_IP_NOT_ALLOWED), both(active, new Question("k1", "ACC-1", Use.TRADE, "198.51.100.1")));
        assertEquals(List.of(Refusal.KEY_PERMISSION_MISSING), both(active, new Question("k1", "ACC-1", Use.WITHDRAW, null)));
        assertEquals(List.of(Refusal.KEY_OF_ANOTHER_ACCOUNT), both(active, new Question("k1", "ACC-2", Use.TRADE, null)));
        assertFalse(new SqlKeyCheck.HeldKey(active, DEFAULTS).settled());
        for (KeyStatus s : List.of(KeyStatus.REVOKED, KeyStatus.EXPIRED)) {
            KeyUsage.KeyState k = new KeyUsage.KeyState("k1", "ACC-1", s, EnumSet.of(SPOT_TRADE), IpAllowlist.none(),
                    NOW.minus(Duration.ofDays(1)), null);
            assertEquals(List.of(s == KeyStatus.REVOKED ? Refusal.KEY_REVOKED : Refusal.KEY_EXPIRED),
                    both(k, new Question("k1", "ACC-1", Use.TRADE, null)));
            assertTrue(new SqlKeyCheck.HeldKey(k, DEFAULTS).settled());
        }
    }
}
