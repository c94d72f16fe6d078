package io.redress.apikeys.domain;

import io.redress.apikeys.api.KeyPermission;
import io.redress.shared.domain.SettingPairs;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a key may keep, with the published practice of large exchanges as defaults: a key with a trading permission
 * and no IP allowlist loses its trading permissions {@code trading-without-allowlist} (30 days) after its creation;
 * {@code WITHDRAW} needs an allowlist (a key without one never holds it); a key with no allowlist that was not used
 * for {@code unused-without-allowlist} (30 days; since creation when never used) expires. A key with an allowlist
 * keeps what it was given. Pure: the upsert, the sweep and every decision ask it with the same facts.
 */
public final class KeyPolicy {

    public static final String DEFAULTS = "trading-without-allowlist=30d,unused-without-allowlist=30d,withdraw-needs-allowlist=true";

    private final Duration tradingWithoutAllowlist;
    private final Duration unusedWithoutAllowlist;
    private final boolean withdrawNeedsAllowlist;

    public KeyPolicy(Duration tradingWithoutAllowlist, Duration unusedWithoutAllowlist, boolean withdrawNeedsAllowlist) {
        this.tradingWithoutAllowlist = tradingWithoutAllowlist;
        this.unusedWithoutAllowlist = unusedWithoutAllowlist;
        this.withdrawNeedsAllowlist = withdrawNeedsAllowlist;
    }

    public static KeyPolicy defaults() {
        return parse(DEFAULTS);
    }

    /**
     * {@code key=value} pairs separated by commas; any key may be given alone (the others keep their default).
     * Durations as {@code 30d}, {@code 12h}, {@code 45m}.
     *
     * @throws IllegalArgumentException naming the bad part
     */
    public static KeyPolicy parse(String text) {
        Map<String, String> values = new LinkedHashMap<>(SettingPairs.parse(DEFAULTS, "key policy part"));
        if (text != null && !text.isBlank()) {
            for (Map.Entry<String, String> e : SettingPairs.parse(text, "key policy part").entrySet()) {
                if (!values.containsKey(e.getKey())) {
                    throw new IllegalArgumentException("unknown key policy setting '" + e.getKey() + "'");
                }
                values.put(e.getKey(), e.getValue());
            }
        }
        String withdraw = values.get("withdraw-needs-allowlist");
        if (!withdraw.equals("true") && !withdraw.equals("false")) {
            throw new IllegalArgumentException("withdraw-needs-allowlist must be true or false");
        }
        return new KeyPolicy(duration(values.get("trading-without-allowlist")),
                duration(values.get("unused-without-allowlist")), Boolean.parseBoolean(withdraw));
    }

    /** The facts the policy looks at. {@code lastUsedAt} null: never used. */
    public record Facts(Set<KeyPermission> granted, boolean hasAllowlist, Instant createdAt, Instant lastUsedAt) {
    }

    /**
     * @param permissions what the key keeps now
     * @param removed     what the policy takes away (empty when nothing)
     * @param expired     the key has expired
     * @param nextCheckAt when the answer changes next by the passing of time alone, or null (never)
     */
    public record Verdict(Set<KeyPermission> permissions, Set<KeyPermission> removed, boolean expired, Instant nextCheckAt) {
    }

    public Verdict apply(Facts f, Instant now) {
        EnumSet<KeyPermission> keep = f.granted().isEmpty() ? EnumSet.noneOf(KeyPermission.class) : EnumSet.copyOf(f.granted());
        EnumSet<KeyPermission> removed = EnumSet.noneOf(KeyPermission.class);
        Instant next = null;
        boolean expired = false;
        if (!f.hasAllowlist()) {
            if (withdrawNeedsAllowlist && keep.remove(KeyPermission.WITHDRAW)) {
                removed.add(KeyPermission.WITHDRAW);
            }
            Instant tradingEnds = f.createdAt().plus(tradingWithoutAllowlist);
            if (keep.stream().anyMatch(KeyPermission::trades)) {
                if (!now.isBefore(tradingEnds)) {
                    for (KeyPermission p : KeyPermission.TRADING) {
                        if (keep.remove(p)) {
                            removed.add(p);
                        }
                    }
                } else {
                    next = tradingEnds;
                }
            }
            Instant lastActivity = f.lastUsedAt() == null || f.lastUsedAt().isBefore(f.createdAt()) ? f.createdAt() : f.lastUsedAt();
            Instant expiresAt = lastActivity.plus(unusedWithoutAllowlist);
            if (!now.isBefore(expiresAt)) {
                expired = true;
                next = null;
            } else {
                next = next == null || expiresAt.isBefore(next) ? expiresAt : next;
            }
        }
        return new Verdict(keep, removed, expired, next);
    }

    public Duration tradingWithoutAllowlist() {
        return tradingWithoutAllowlist;
    }

    public Duration unusedWithoutAllowlist() {
        return unusedWithoutAllowlist;
    }

    public boolean withdrawNeedsAllowlist() {
        return withdrawNeedsAllowlist;
    }

    static Duration duration(String text) {
        if (!text.matches("[1-9][0-9]{0,5}[dhm]")) {
            throw new IllegalArgumentException("duration '" + text + "' must be a number followed by d, h or m");
        }
        long n = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 'd' -> Duration.ofDays(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofMinutes(n);
        };
    }
}
