package io.redress.screening.domain;

import java.time.Instant;

/** An investigation as compliance and auditors read it. */
public record InvestigationView(long id, long screeningId, String accountId, ScreeningPolicy.Measure measure, String summary,
                                Investigation.State state, Instant openedAt, Instant dueAt,
                                InvestigationOutcome proposedOutcome, String proposalReason, String filingReference,
                                String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
                                AuthorityAnswer authorityAnswer, String authorityReference, String answeredBy,
                                Instant answeredAt, long version) {
}
