package io.redress.audit.domain;

import java.time.Instant;

/**
 * The outcome of verifying the audit chain: intact, or the first sequence number where it breaks and why. Entries
 * committed but not yet chained are no break: they are {@code pending} (how many, and the oldest one's time); one
 * pending for longer than {@link #STALLED_AFTER_SECONDS} means the chainer is not running or failing.
 */
public record ChainStatus(boolean intact, long entriesVerified, Long firstBrokenSeq, String problem, long pending,
                          Instant pendingSince) {

    public static final long STALLED_AFTER_SECONDS = 60;

    public static ChainStatus intact(long entries) {
        return new ChainStatus(true, entries, null, null, 0, null);
    }

    public static ChainStatus broken(long entriesVerified, long firstBrokenSeq, String problem) {
        return new ChainStatus(false, entriesVerified, firstBrokenSeq, problem, 0, null);
    }

    /** The same outcome, with the entries committed and not yet chained. */
    public ChainStatus withPending(long count, Instant oldest) {
        return new ChainStatus(intact, entriesVerified, firstBrokenSeq, problem, count, count == 0 ? null : oldest);
    }

    /** True when an entry has waited for the chain longer than it ever should. */
    public boolean stalled(Instant now) {
        return pendingSince != null && pendingSince.plusSeconds(STALLED_AFTER_SECONDS).isBefore(now);
    }
}
