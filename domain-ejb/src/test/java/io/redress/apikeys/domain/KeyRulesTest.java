package io.redress.apikeys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.apikeys.api.KeyPermission;
import io.redress.apikeys.api.KeyUpsert;
import io.redress.shared.domain.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static List<String> fields(KeyUpsert u) {
        List<FieldError> errors = new ArrayList<>();
        KeyRules.check(u, NOW, errors);
        return errors.stream().map(FieldError::field).toList();
    }

    private static KeyUpsert good() {
        return new KeyUpsert("ACC-1", "my bot", EnumSet.of(KeyPermission.READ), List.of("203.0.113.7"), null, null,
                NOW.minusSeconds(3600), "198.51.100.4", null, null);
    }

    @Test
    void aGoodDescriptionPassesWithItsAllowlistCanonical() {
        List<FieldError> errors = new ArrayList<>();
        KeyDescription d = KeyRules.check(good(), NOW, errors);
        assertEquals(List.of(), errors);
        assertNotNull(d);
        assertEquals(List.of("203.0.113.7"), d.allowlist().entries());
    }

    @Test
    void namesEveryBadField() {
        KeyUpsert bad = new KeyUpsert(null, "x".repeat(201), null, List.of("300.0.0.1"), null, "abc",
                NOW.plusSeconds(3600), "10.0.0.0/8", NOW.plusSeconds(7200), null);
        assertEquals(List.of("accountId", "label", "permissions", "ipAllowlist[0]", "fingerprint", "createdAt",
                "createdFromIp", "lastUsedAt"), fields(bad));
    }

    @Test
    void aLabelThatLooksLikeASecretIsRefused() {
        KeyUpsert u = new KeyUpsert("ACC-1", "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
                EnumSet.of(KeyPermission.READ), List.of(), null, null, NOW, null, null, null);
        assertEquals(List.of("label"), fields(u));
        assertTrue(KeyRules.looksLikeSecret("sk_live_4eC39HqLyjWDarjtT1zdp7dc_long_token"));
    }

    @Test
    void onlyAFingerprintOfTheSecretIsKept() {
        KeyUpsert u = new KeyUpsert("ACC-1", null, EnumSet.noneOf(KeyPermission.class), null, null,
                "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", NOW, null, null, null);
        assertEquals(List.of(), fields(u));
        assertEquals(List.of("fingerprint"), fields(new KeyUpsert("ACC-1", null, EnumSet.noneOf(KeyPermission.class), null,
                null, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", NOW, null, null, null)));
    }

    @Test
    void lastUsedCannotPrecedeCreation() {
        assertEquals(List.of("lastUsedAt"), fields(new KeyUpsert("ACC-1", null, EnumSet.noneOf(KeyPermission.class), null,
                null, null, NOW, null, NOW.minusSeconds(1), null)));
    }

    @Test
    void keyIdsAreShortAndPlain() {
        assertEquals(List.of(), KeyRules.checkKeyId("vmPUZE6mv9SD5VNH"));
        assertEquals(1, KeyRules.checkKeyId("a b").size());
        assertEquals(1, KeyRules.checkKeyId("x".repeat(65)).size());
        assertEquals(1, KeyRules.checkKeyId(null).size());
        assertNull(KeyRules.check(new KeyUpsert(null, null, null, null, null, null, null, null, null, null), NOW, new ArrayList<>()));
    }
}
