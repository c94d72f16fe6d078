package io.redress.cases.api;

/**
 * What another context may know of a case: which one, whose, whether it is open and past its SLA, and whether the
 * customer knows of it (false: staff's own work, never to be named to the customer or the exchange).
 */
public record CaseSummary(long id, String ticket, String accountId, boolean open, boolean slaBreached, boolean knownToCustomer) {
}
