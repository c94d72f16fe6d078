package io.redress.audit.api;

import java.time.Instant;

/**
 * The chain as verified when an export began: whether every entry up to the head recomputes and links, and the
 * head's sequence number and hash. An export ends with it; a later chain that still holds {@code headHash} at
 * {@code headSeq} proves that nothing up to there was rewritten since. {@code pending} entries had committed but were
 * not yet chained when the seal was taken (the oldest at {@code pendingSince}): they are in no export until chained.
 */
public record ChainSeal(boolean intact, long entriesVerified, Long firstBrokenSeq, String problem, long headSeq,
                        String headHash, Instant verifiedAt, long pending, Instant pendingSince) {
}
