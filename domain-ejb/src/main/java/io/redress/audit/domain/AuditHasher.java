package io.redress.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over an entry's canonical form and the previous entry's hash. The canonical form writes each
 * field as {@code length:value;} (null as {@code -;}), so no two different entries share a form.
 * <p>
 * The account an entry concerns is a thirteenth field, after the previous hash, written only when the entry names
 * one: entries written before accounts were recorded (and every entry about no account) keep exactly the form they
 * were sealed with, and a named account cannot be changed, added or removed without breaking the entry's hash (the
 * field count differs, and every field is length-prefixed).
 */
public final class AuditHasher {

    public static final String GENESIS = "0".repeat(64);

    private AuditHasher() {
    }

    public static String hash(long seq, AuditFacts f, String prevHash) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(seq));
        field(canonical, f.occurredAt().toString());
        field(canonical, f.actor());
        field(canonical, f.actorRole());
        field(canonical, f.action());
        field(canonical, f.entityType());
        field(canonical, f.entityId());
        field(canonical, f.before());
        field(canonical, f.after());
        field(canonical, f.reason());
        field(canonical, f.origin());
        field(canonical, prevHash);
        if (f.accountId() != null) {
            field(canonical, f.accountId());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }
}
