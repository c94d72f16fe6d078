package io.redress.accounts.api;

/**
 * What other contexts may know of an account: that it exists, whether messages to it pass the forbidden-terms check
 * point, its open derivatives positions (part of a decision and of a closure), and the jurisdiction the exchange
 * operates it under (ISO 3166-1 alpha-2: screening's report deadlines depend on it).
 */
public record AccountFacts(String accountId, boolean confidential, int openDerivativesPositions, String jurisdiction) {
}
