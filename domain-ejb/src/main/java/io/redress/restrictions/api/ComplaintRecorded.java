package io.redress.restrictions.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer complained about an account: a complaint case opened or marked, or a public post matched to it. Fired
 * by the context that learned it, observed by the restrictions context in the same transaction (the retaliation
 * guard must see the complaint as soon as the cause commits, and never without it).
 */
public record ComplaintRecorded(String accountId, Kind kind, String reference, Instant occurredAt, String recordedBy) {

    public enum Kind { COMPLAINT_CASE, PUBLIC_POST }

    public ComplaintRecorded {
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(recordedBy);
    }
}
