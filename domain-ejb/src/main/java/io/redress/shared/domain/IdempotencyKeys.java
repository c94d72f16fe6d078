package io.redress.shared.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} a client sends with a request that creates something (a case, a claim), so that
 * repeating it after a lost answer finds what the first sending created instead of creating it twice. The key is the
 * client's, per sender; what was asked is kept as a fingerprint, so the same key with another request is refused
 * rather than answered with a record the client did not ask for.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private IdempotencyKeys() {
    }

    /** Absent, or 8 to 64 letters, digits, '.', '_', ':' or '-' (a UUID fits). */
    public static List<FieldError> check(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            return List.of(new FieldError(HEADER, "8 to 64 letters, digits, '.', '_', ':' or '-'"));
        }
        return List.of();
    }

    /** What a repeated request must match to be the same one: the fields that make it, length-prefixed, hashed. */
    public static String fingerprint(String... fields) {
        StringBuilder canonical = new StringBuilder();
        for (String f : fields) {
            canonical.append('|').append(f == null ? "-" : f.length() + ":" + f);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
