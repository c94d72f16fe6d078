package io.redress.staff.application;

import io.redress.staff.domain.AuthenticatedStaff;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers recent successful credential checks for a minute, so an integration client sending HTTP Basic
 * on every request does not pay a full PBKDF2 derivation each time. Keys are an HMAC of the password under
 * a random in-memory key, never the password. Any change to a staff account evicts it at once. In its last
 * {@value #REFRESH_AHEAD_SECONDS} s a remembered check is handed to one caller to be done again ({@link #claimRefresh}),
 * while the others are still answered from it.
 */
@ApplicationScoped
public class CredentialCache {

    private static final Duration TTL = Duration.ofSeconds(60);
    static final long REFRESH_AHEAD_SECONDS = 15;
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Keyed with a random in-memory secret; cloned per use, as looking up a Mac by name costs more than the MAC. */
    private final Mac keyedMac;

    private record Entry(byte[] secretMac, AuthenticatedStaff staff, Instant expires, boolean refreshing) {
    }

    public CredentialCache() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            keyedMac = Mac.getInstance("HmacSHA256");
            keyedMac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public Optional<AuthenticatedStaff> lookup(String username, char[] password, Instant now) {
        Entry e = entries.get(username);
        if (e == null || now.isAfter(e.expires()) || !MessageDigest.isEqual(e.secretMac(), mac(password))) {
            return Optional.empty();
        }
        return Optional.of(e.staff());
    }

    public void remember(AuthenticatedStaff staff, char[] password, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(staff.username(), new Entry(mac(password), staff, now.plus(TTL), false));
    }

    /**
     * Whether the caller is to check these credentials again now: true once, for the first caller that finds their
     * remembered check in its last {@value #REFRESH_AHEAD_SECONDS} s; everybody else keeps the remembered answer until
     * it lapses or the check done again replaces it ({@link #remember}).
     */
    public boolean claimRefresh(String username, char[] password, Instant now) {
        byte[] secretMac = mac(password);
        boolean[] claimed = {false};
        entries.computeIfPresent(username, (name, e) -> {
            if (e.refreshing() || now.isBefore(e.expires().minusSeconds(REFRESH_AHEAD_SECONDS)) || now.isAfter(e.expires())
                    || !MessageDigest.isEqual(e.secretMac(), secretMac)) {
                return e;
            }
            claimed[0] = true;
            return new Entry(e.secretMac(), e.staff(), e.expires(), true);
        });
        return claimed[0];
    }

    /**
     * A name for one attempt's credentials and origin, for grouping identical checks that run at once: the
     * username, the origin and an HMAC of the password, never the password.
     */
    public String attemptKey(String username, char[] password, String origin) {
        return username + '\n' + origin + '\n' + HexFormat.of().formatHex(mac(password));
    }

    public void evict(String username) {
        entries.remove(username);
    }

    private byte[] mac(char[] password) {
        try {
            Mac hmac = (Mac) keyedMac.clone();
            return hmac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
        }
    }
}
