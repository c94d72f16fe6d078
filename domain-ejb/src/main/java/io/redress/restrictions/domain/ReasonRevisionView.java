package io.redress.restrictions.domain;

import java.time.Instant;

/** One version of a reason with its approval: who proposed it and why, who decided it, how. */
public record ReasonRevisionView(String code, int revision, ReasonView terms, ReasonRevision.State state, String proposedBy,
                                 Instant proposedAt, String proposalNote, String decidedBy, Instant decidedAt,
                                 String decisionNote, long version) {
}
