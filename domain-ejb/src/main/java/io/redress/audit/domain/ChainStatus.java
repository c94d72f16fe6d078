package io.redress.audit.domain;

/** The outcome of verifying the audit chain: intact, or the first sequence number where it breaks and why. */
public record ChainStatus(boolean intact, long entriesVerified, Long firstBrokenSeq, String problem) {

    public static ChainStatus intact(long entries) {
        return new ChainStatus(true, entries, null, null);
    }

    public static ChainStatus broken(long entriesVerified, long firstBrokenSeq, String problem) {
        return new ChainStatus(false, entriesVerified, firstBrokenSeq, problem);
    }
}
