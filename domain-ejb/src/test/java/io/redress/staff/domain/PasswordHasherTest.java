package io.redress.staff.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** PBKDF2 at 210,000 iterations is slow on purpose: this class derives a full-strength key only five times. */
class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        stored = PasswordHasher.hash(PASSWORD.toCharArray());
    }

    /** A hash in the stored format with a low iteration count, so it is cheap to check. */
    private static String cheapHash(String password, byte[] salt, int iterations) throws Exception {
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    @Test
    void aHashMatchesThePasswordItWasMadeFrom() {
        assertTrue(PasswordHasher.matches(PASSWORD.toCharArray(), stored));
    }

    @Test
    void aHashWithAnotherIterationCountNamesItAndMatchesOnlyItsPassword() {
        String cheap = PasswordHasher.hash(PASSWORD.toCharArray(), 1_000);
        assertTrue(cheap.startsWith("pbkdf2-sha256$1000$"), cheap);
        assertTrue(PasswordHasher.matches(PASSWORD.toCharArray(), cheap));
        assertFalse(PasswordHasher.matches("correct horse battery stapler".toCharArray(), cheap));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PasswordHasher.hash(PASSWORD.toCharArray(), 0));
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        assertFalse(PasswordHasher.matches("correct horse battery stapler".toCharArray(), stored));
    }

    @Test
    void theStoredFormIsPrefixIterationsSaltAndHash() {
        assertTrue(stored.matches("pbkdf2-sha256\\$210000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), stored);
        String[] parts = stored.split("\\$");
        assertTrue(Base64.getDecoder().decode(parts[2]).length == 16, "16-byte salt");
        assertTrue(Base64.getDecoder().decode(parts[3]).length == 32, "256-bit key");
    }

    @Test
    void hashingTheSamePasswordTwiceGivesDifferentSaltsAndHashes() {
        String again = PasswordHasher.hash(PASSWORD.toCharArray());
        String[] a = stored.split("\\$");
        String[] b = again.split("\\$");
        assertNotEquals(a[2], b[2], "salt");
        assertNotEquals(a[3], b[3], "hash");
    }

    @Test
    void aStoredHashWithOneAlteredByteDoesNotMatch() {
        String[] parts = stored.split("\\$");
        byte[] key = Base64.getDecoder().decode(parts[3]);
        key[0] ^= 1;
        String tampered = parts[0] + "$" + parts[1] + "$" + parts[2] + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(key);
        assertFalse(PasswordHasher.matches(PASSWORD.toCharArray(), tampered));
    }

    @Test
    void theIterationCountStoredWithAHashIsTheOneUsedToCheckIt() throws Exception {
        byte[] salt = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
        String older = cheapHash(PASSWORD, salt, 1_000);

        assertTrue(PasswordHasher.matches(PASSWORD.toCharArray(), older));
        assertFalse(PasswordHasher.matches("another password".toCharArray(), older));
        assertFalse(PasswordHasher.matches(PASSWORD.toCharArray(), older.replace("$1000$", "$1001$")));
    }

    @Test
    void paddedBase64IsAcceptedToo() throws Exception {
        byte[] salt = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6};
        String[] parts = cheapHash(PASSWORD, salt, 1_000).split("\\$");
        String padded = parts[0] + "$" + parts[1] + "$" + parts[2] + "==$" + parts[3] + "=";
        assertTrue(PasswordHasher.matches(PASSWORD.toCharArray(), padded));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "x$y",
            "plain-text-password",
            "pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA",
            "pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA$AAAA$AAAA",
            "bcrypt$210000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "PBKDF2-SHA256$1000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "pbkdf2-sha256$1000$!!not*base64!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$%%%%",
            "pbkdf2-sha256$many$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "pbkdf2-sha256$1000$$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$",
            "$$$"
    })
    void aMalformedStoredHashNeverMatchesAndNeverThrows(String malformed) {
        assertFalse(assertDoesNotThrow(() -> PasswordHasher.matches(PASSWORD.toCharArray(), malformed)));
    }

    @org.junit.jupiter.api.Test
    void aStoredIterationCountAboveTheCeilingIsRefusedWithoutDeriving() {
        long started = System.nanoTime();
        org.junit.jupiter.api.Assertions.assertFalse(PasswordHasher.matches("pw".toCharArray(),
                "pbkdf2-sha256$2147483647$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA"));
        org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - started < 1_000_000_000L,
                "refused at once, not after minutes of hashing");
    }
}
