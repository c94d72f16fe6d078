package io.redress.apikeys.domain;

import io.redress.apikeys.api.KeyUpsert;
import io.redress.shared.domain.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a key description must look like. Redress never holds a key's secret, so anything that looks like one is refused. */
public final class KeyRules {

    public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    public static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    public static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{64}");
    public static final int LABEL_MAX = 200;
    /** Field names a client might use to send the secret itself; refused with a message that says why. */
    public static final Set<String> SECRET_FIELDS = Set.of("secret", "secretKey", "apiSecret", "privateKey", "passphrase",
            "password", "keySecret", "secret_key", "api_secret");
    /** A long run of token characters without spaces reads as a credential, not a label. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/=_-]{32,}");
    /** Clocks differ: a time up to this far ahead of Redress's is accepted. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private KeyRules() {
    }

    public static List<FieldError> checkKeyId(String keyId) {
        return keyId != null && KEY_ID.matcher(keyId).matches() ? List.of()
                : List.of(FieldError.identifier("keyId"));
    }

    /** Every bad field, and the description when there is none. */
    public static KeyDescription check(KeyUpsert u, Instant now, List<FieldError> errors) {
        if (u.accountId() == null || !ACCOUNT_ID.matcher(u.accountId()).matches()) {
            errors.add(FieldError.requiredIdentifier("accountId"));
        }
        String label = u.label() == null || u.label().isBlank() ? null : u.label().strip();
        if (label != null && label.length() > LABEL_MAX) {
            errors.add(FieldError.tooLong("label", LABEL_MAX));
        } else if (label != null && looksLikeSecret(label)) {
            errors.add(new FieldError("label", "looks like a credential; Redress never stores a key's secret"));
        }
        if (u.permissions() == null) {
            errors.add(new FieldError("permissions", "is required (an empty list for a key that may do nothing)"));
        }
        IpAllowlist allowlist = IpAllowlist.parse("ipAllowlist", u.ipAllowlist(), errors);
        if (u.fingerprint() != null && !FINGERPRINT.matcher(u.fingerprint()).matches()) {
            errors.add(new FieldError("fingerprint", "sha256: followed by 64 lower-case hex digits (a hash of the secret,"
                    + " never the secret)"));
        }
        if (u.createdAt() == null) {
            errors.add(FieldError.required("createdAt"));
        } else if (u.createdAt().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(FieldError.inFuture("createdAt"));
        }
        String createdFromIp = u.createdFromIp() == null || u.createdFromIp().isBlank() ? null : u.createdFromIp().strip();
        if (createdFromIp != null) {
            try {
                createdFromIp = IpRange.parse(createdFromIp).toString();
                if (createdFromIp.contains("/")) {
                    errors.add(new FieldError("createdFromIp", "one address, not a range"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("createdFromIp", e.getMessage()));
            }
        }
        if (u.lastUsedAt() != null) {
            if (u.lastUsedAt().isAfter(now.plus(CLOCK_SKEW))) {
                errors.add(FieldError.inFuture("lastUsedAt"));
            } else if (u.createdAt() != null && u.lastUsedAt().isBefore(u.createdAt())) {
                errors.add(new FieldError("lastUsedAt", "is before createdAt"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new KeyDescription(u.accountId(), label, u.permissions(), allowlist,
                u.integration() == null || u.integration().isBlank() ? null : u.integration().strip(), u.fingerprint(),
                micros(u.createdAt()), createdFromIp, micros(u.lastUsedAt()));
    }

    /** Times as the database keeps them (microseconds): an unchanged upsert then compares equal. */
    static Instant micros(Instant t) {
        return t == null ? null : t.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public static boolean looksLikeSecret(String text) {
        return TOKEN.matcher(text).find();
    }

    /** A revocation's reason: what happened, in words. */
    public static List<FieldError> checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(new FieldError("reason", "is required: why the key is revoked"));
        }
        return reason.length() > 2000 ? List.of(FieldError.tooLong("reason", 2000)) : List.of();
    }
}
