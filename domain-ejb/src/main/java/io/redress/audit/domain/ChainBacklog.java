package io.redress.audit.domain;

import java.time.Instant;

/** The entries committed and waiting for the chain: how many, and when the oldest of them occurred (null if none). */
public record ChainBacklog(long pending, Instant oldestAt) {

    /** True when an entry has waited longer than {@link ChainStatus#STALLED_AFTER_SECONDS}: the chainer is failing. */
    public boolean stalled(Instant now) {
        return oldestAt != null && oldestAt.plusSeconds(ChainStatus.STALLED_AFTER_SECONDS).isBefore(now);
    }
}
