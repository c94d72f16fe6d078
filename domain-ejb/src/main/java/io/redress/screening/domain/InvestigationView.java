package io.redress.screening.domain;

import java.time.Instant;

/** An investigation as compliance and auditors read it. */
public record InvestigationView(long id, long screeningId, String accountId, ScreeningPolicy.Measure measure, String summary,
                                Investigation.State state, Instant openedAt, Instant dueAt,
                                InvestigationOutcome proposedOutcome, String proposalReason, String filingReference,
                                String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
                                AuthorityAnswer authorityAnswer, String authorityReference, String answeredBy,
                                Instant answeredAt, long version) {

    /** An outcome is proposed and waits for a second compliance officer. */
    public boolean awaitingApproval() {
        return state == Investigation.State.RELEASE_PROPOSED || state == Investigation.State.REPORT_PROPOSED;
    }

    /** Reported to the authority, whose answer is awaited. */
    public boolean awaitingAuthority() {
        return state == Investigation.State.REPORTED;
    }

    /** The held funds were released (the investigation closed without a report). */
    public boolean released() {
        return state == Investigation.State.RELEASED;
    }
}
