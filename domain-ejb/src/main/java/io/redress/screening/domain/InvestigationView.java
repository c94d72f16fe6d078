package io.redress.screening.domain;

import java.time.Instant;

/**
 * An investigation as compliance and auditors read it. Its report deadline: {@code dueAt}, near from {@code nearAt},
 * set for the account's {@code jurisdiction} by the rule set {@code deadlineRule} ({@code US}, {@code EU}, a country
 * code, {@code *} for others; null for an investigation opened before deadlines per jurisdiction), {@code deadlineDays}
 * after detection, on the {@code deadlineBasis} stated.
 */
public record InvestigationView(long id, long screeningId, String accountId, ScreeningPolicy.Measure measure, String summary,
                                Investigation.State state, Instant openedAt, Instant dueAt,
                                InvestigationOutcome proposedOutcome, String proposalReason, String filingReference,
                                String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
                                AuthorityAnswer authorityAnswer, String authorityReference, String answeredBy,
                                Instant answeredAt, long version, Instant nearAt, String jurisdiction,
                                String deadlineRule, Integer deadlineDays, String deadlineBasis) {

    /** An outcome is proposed and waits for a second compliance officer. */
    public boolean awaitingApproval() {
        return state == Investigation.State.RELEASE_PROPOSED || state == Investigation.State.REPORT_PROPOSED;
    }

    /** A report was approved (reported, or closed after the authority's answer): its filing report exists. */
    public boolean reportApproved() {
        return proposedOutcome == InvestigationOutcome.REPORT && decidedBy != null;
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
