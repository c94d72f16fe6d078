package io.redress.staff.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How failed sign-ins slow down the next attempt for one key (a user name, or a source address): the first
 * {@code free} failures cost nothing, then each failure doubles the wait before the next attempt, from {@code delay}
 * up to {@code max}; {@code lockAfter} failures lock the key for {@code lockFor}. Failures older than {@code forget}
 * are forgotten. Plain Java: what an attacker can try, and how fast, is policy and tested as such.
 */
public record ThrottlePolicy(int free, Duration delay, Duration max, int lockAfter, Duration lockFor, Duration forget) {

    /** For one user name: a person mistyping gets three free tries; ten failures lock the name for 15 minutes. */
    public static final String USER_DEFAULT = "free=3,delay=1s,max=30s,lock-after=10,lock=15m,forget=15m";
    /** For one source address: many people may share one (an office, a NAT), so it is more generous. */
    public static final String ADDRESS_DEFAULT = "free=30,delay=1s,max=30s,lock-after=100,lock=15m,forget=15m";
    /**
     * For an integration client's name from every address together (each address also counts apart, as a person's name
     * does): only guessing spread over many addresses reaches it, and it slows the exchange down too once reached.
     */
    public static final String CLIENT_DEFAULT = "free=200,delay=1s,max=30s,lock-after=1000,lock=15m,forget=15m";
    private static final Set<String> KEYS = Set.of("free", "delay", "max", "lock-after", "lock", "forget");

    public ThrottlePolicy {
        if (free < 0 || lockAfter < 1 || delay.isNegative() || max.compareTo(delay) < 0 || lockFor.isNegative()
                || forget.isNegative() || forget.isZero()) {
            throw new IllegalArgumentException("free >= 0, lock-after >= 1, 0 <= delay <= max, lock >= 0, forget > 0");
        }
    }

    /** What is known about one key's failures. */
    public record Failures(int count, Instant lastAt, Instant lockedUntil) {
        public static final Failures NONE = new Failures(0, null, null);
    }

    /** How long the next attempt must wait, or empty when it may be checked now. */
    public Optional<Duration> wait(Failures f, Instant now) {
        if (f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
            return Optional.of(Duration.between(now, f.lockedUntil()));
        }
        if (current(f, now) == 0) {
            return Optional.empty();
        }
        Instant next = f.lastAt().plus(delayAfter(f.count()));
        return now.isBefore(next) ? Optional.of(Duration.between(now, next)) : Optional.empty();
    }

    /** The key's record after one more failed attempt at {@code now}. */
    public Failures afterFailure(Failures f, Instant now) {
        int count = current(f, now) + 1;
        return new Failures(count, now, count >= lockAfter ? now.plus(lockFor) : null);
    }

    /** Whether this failure is the one that locks the key (audited). */
    public boolean locks(Failures before, Failures after, Instant now) {
        return after.lockedUntil() != null && (before.lockedUntil() == null || !now.isBefore(before.lockedUntil()));
    }

    /** The wait after {@code failures} failures: none while free, then doubling from delay, at most max. */
    public Duration delayAfter(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration d = delay.multipliedBy(1L << doublings);
        return d.compareTo(max) > 0 ? max : d;
    }

    // failures that still count: none once forgotten, and a lock that ran out starts the count afresh
    private int current(Failures f, Instant now) {
        if (f.count() == 0 || f.lastAt() == null || !now.isBefore(f.lastAt().plus(forget))) {
            return 0;
        }
        if (f.lockedUntil() != null && !now.isBefore(f.lockedUntil())) {
            return 0;
        }
        return f.count();
    }

    /**
     * Reads a policy such as {@code free=3,delay=1s,max=30s,lock-after=10,lock=15m,forget=15m}; missing keys keep
     * the value of {@code defaults}. Durations are a number with s, m or h.
     */
    public static ThrottlePolicy parse(String spec, String defaults) {
        Map<String, String> values = pairs(defaults);
        if (spec != null && !spec.isBlank()) {
            values.putAll(pairs(spec));
        }
        return new ThrottlePolicy(Integer.parseInt(values.get("free")), duration(values.get("delay")),
                duration(values.get("max")), Integer.parseInt(values.get("lock-after")), duration(values.get("lock")),
                duration(values.get("forget")));
    }

    private static Map<String, String> pairs(String spec) {
        Map<String, String> out = new HashMap<>();
        for (String pair : spec.split(",")) {
            String[] kv = pair.trim().split("=", 2);
            if (kv.length != 2 || !KEYS.contains(kv[0].trim())) {
                throw new IllegalArgumentException("'" + pair.trim() + "' is not one of " + KEYS + " = value");
            }
            out.put(kv[0].trim(), kv[1].trim());
        }
        return out;
    }

    private static Duration duration(String text) {
        if (!text.matches("\\d{1,6}[smh]")) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 30s, 15m or 1h");
        }
        long n = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
