package io.redress.apikeys.domain;

import static io.redress.apikeys.api.KeyPermission.READ;
import static io.redress.apikeys.api.KeyPermission.SPOT_TRADE;
import static io.redress.apikeys.api.KeyPermission.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.apikeys.api.KeyStatus;
import io.redress.shared.domain.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A bulk revocation writes what {@link KeyRecord#revoked} says; the entity's own revoke must say the same. */
class KeyRecordTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static ApiKey key() {
        ApiKey k = new ApiKey("k1", "ACC-1", NOW.minus(Duration.ofDays(3)));
        k.describe(new KeyDescription("ACC-1", "bot \"prod\"", EnumSet.of(READ, SPOT_TRADE, WITHDRAW),
                IpAllowlist.stored("10.0.0.0/24 2001:db8::1"), "tradebot", "sha256:" + "a".repeat(64),
                NOW.minus(Duration.ofDays(2)), "10.0.0.7", NOW.minus(Duration.ofHours(5))), 7L, NOW.minus(Duration.ofDays(3)));
        return k;
    }

    @Test
    void aRevokedRecordIsWhatTheEntitysRevokeLeaves() {
        ApiKey entity = key();
        KeyRecord before = entity.record();
        assertEquals(entity.snapshot().toJson(), before.snapshot().toJson(), "the same facts before");
        KeyRecord after = before.revoked("sec.ana", "Third-party incident INC-1", NOW);
        entity.revoke("sec.ana", "Third-party incident INC-1", NOW);
        assertEquals(entity.snapshot().toJson(), after.snapshot().toJson(), "the audit's after-state");
        assertEquals(withVersion(entity.record(), before.version() + 1), after,
                "every column, the row's version moved by one as the UPDATE moves it");
        assertEquals(entity.view("tradebot").statusAt(), after.view("tradebot").statusAt());
        assertEquals(KeyStatus.REVOKED, after.status());
        assertEquals("", after.permissions());
        assertEquals(null, after.policyCheckAt());
        assertEquals(NOW, after.updatedAt());
    }

    private static KeyRecord withVersion(KeyRecord r, long version) {
        return new KeyRecord(r.id(), r.keyId(), r.accountId(), r.label(), r.permissions(), r.granted(), r.ipAllowlist(),
                r.integrationId(), r.fingerprint(), r.createdAt(), r.createdFromIp(), r.lastUsedAt(), r.status(), r.statusBy(),
                r.statusAt(), r.statusReason(), r.policyCheckAt(), r.registeredAt(), r.updatedAt(), version);
    }

    @Test
    void onlyAnActiveKeyIsRevoked() {
        KeyRecord revoked = key().record().revoked("sec.ana", "leak", NOW);
        assertThrows(RuleViolation.class, () -> revoked.revoked("sec.bob", "again", NOW));
    }
}
