package io.redress.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    @Test
    void aKeyIsAbsentOrEightToSixtyFourSafeCharacters() {
        assertTrue(IdempotencyKeys.check(null).isEmpty());
        assertTrue(IdempotencyKeys.check(UUID.randomUUID().toString()).isEmpty());
        assertTrue(IdempotencyKeys.check("order:42.retry_1").isEmpty());
        for (String bad : List.of("short", "x".repeat(65), "with space 123", "ünïcödé-key", "")) {
            assertEquals(List.of("Idempotency-Key"), IdempotencyKeys.check(bad).stream().map(FieldError::field).toList(), bad);
        }
    }

    @Test
    void theFingerprintTellsRequestsApartEvenWhenTheirFieldsConcatenateAlike() {
        assertEquals(IdempotencyKeys.fingerprint("a", null, "b"), IdempotencyKeys.fingerprint("a", null, "b"));
        assertNotEquals(IdempotencyKeys.fingerprint("ab", "c"), IdempotencyKeys.fingerprint("a", "bc"));
        assertNotEquals(IdempotencyKeys.fingerprint("a", null), IdempotencyKeys.fingerprint("a", "-"));
        assertNotEquals(IdempotencyKeys.fingerprint("a", ""), IdempotencyKeys.fingerprint("a", null));
        assertEquals(64, IdempotencyKeys.fingerprint("x").length());
    }
}
