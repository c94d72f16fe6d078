package io.redress.audit.api;

import java.time.Instant;

/**
 * One step in the life of a customer account, from whichever context took it: what was done, to which record, by
 * whom in which role, why, and the states before and after. {@code link} says how the step is tied to the account:
 * {@code recorded} (the context named the account when it appended the entry, covered by the entry's hash) or
 * {@code derived} (an entry written before accounts were recorded, tied to it by migration V10 from the record it
 * names). {@code seq} is null for a step committed and not yet chained (shown as pending, after the chained ones).
 */
public record TimelineEntry(Long seq, Instant occurredAt, String actor, String actorRole, String action,
                            String entityType, String entityId, String reason, String before, String after,
                            String link) {

    public static final String RECORDED = "recorded";
    public static final String DERIVED = "derived";
}
