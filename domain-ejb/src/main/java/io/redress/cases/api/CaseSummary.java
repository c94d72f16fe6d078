package io.redress.cases.api;

/** What another context may know of a case: which one, whose, whether it is open and past its SLA. */
public record CaseSummary(long id, String ticket, String accountId, boolean open, boolean slaBreached) {
}
