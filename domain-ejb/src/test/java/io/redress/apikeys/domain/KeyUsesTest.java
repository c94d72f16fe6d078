package io.redress.apikeys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.apikeys.api.KeyPermission;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class KeyUsesTest {

    private static final Instant USED = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void aFirstUseIsAlwaysWritten() {
        assertTrue(KeyUses.moves(null, USED));
    }

    @Test
    void aUseWithinAMinuteOfTheStoredOneIsNotWrittenOneLaterIs() {
        assertFalse(KeyUses.moves(USED, USED), "the same moment");
        assertFalse(KeyUses.moves(USED, USED.plusSeconds(59)));
        assertFalse(KeyUses.moves(USED, USED.plusSeconds(60)), "exactly a minute: not more than the step");
        assertTrue(KeyUses.moves(USED, USED.plusSeconds(61)));
        assertFalse(KeyUses.moves(USED, USED.minusSeconds(3600)), "never back");
    }

    @Test
    void theExpiryCountsFromTheStoredUseAtMostAMinuteBeforeTheTrueLastOne() {
        // a key without allowlist traded every 50 s for an hour: only the uses a minute apart were written
        Instant created = USED.minus(Duration.ofDays(2));
        Instant stored = USED;
        Instant last = USED;
        for (Instant at = USED; !at.isAfter(USED.plus(Duration.ofHours(1))); at = at.plusSeconds(50)) {
            if (KeyUses.moves(stored, at)) {
                stored = at;
            }
            last = at;
        }
        assertTrue(!stored.isAfter(last) && Duration.between(stored, last).compareTo(KeyUses.STEP) <= 0,
                "stored " + stored + ", last " + last);
        KeyPolicy policy = KeyPolicy.defaults();
        KeyPolicy.Facts facts = new KeyPolicy.Facts(EnumSet.of(KeyPermission.READ), false, created, stored);
        Instant expiresAt = stored.plus(policy.unusedWithoutAllowlist());
        assertEquals(expiresAt, policy.apply(facts, stored.plusSeconds(1)).nextCheckAt());
        assertFalse(policy.apply(facts, expiresAt.minusSeconds(1)).expired());
        assertTrue(policy.apply(facts, expiresAt).expired());
        assertTrue(Duration.between(expiresAt, last.plus(policy.unusedWithoutAllowlist())).compareTo(KeyUses.STEP) <= 0,
                "the key expires at most a minute before 30 days after its true last trade");
    }
}
