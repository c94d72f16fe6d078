package io.redress.cases.api;

import java.time.Instant;

/** What another context that runs on a case's clocks (a loss claim) needs of it. */
public record CaseTerms(String ticket, String accountId, String language, Instant decisionDueAt) {
}
