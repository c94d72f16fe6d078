package io.redress.restrictions.domain;

import java.time.Instant;
import java.util.List;

/** A restriction as screens and the API show it; {@code reasonRevision}: the version of the reason it was decided under. */
public record RestrictionView(long id, String accountId, Measure measure, String reasonCode, Integer reasonRevision,
                              String justification,
                              List<String> evidence, int windowDays, Integer durationDays, Long liftsRestrictionId,
                              RestrictionState state, String requestedBy, Instant requestedAt, String decidedBy,
                              String decidedRole, Instant decidedAt, String decisionNote, String attestation,
                              boolean afterComplaint, String complaintSummary, Instant windowEndsAt, Instant endsAt,
                              Instant completedAt, boolean closeBlocked, String liftedBy, Instant liftedAt, long version) {
}
