package io.redress.accounts.api;

/**
 * What other contexts may know of an account: that it exists, its standing's status, whether messages to it pass
 * the forbidden-terms check point, and its open derivatives positions (part of a decision and of a closure).
 */
public record AccountFacts(String accountId, AccountStatus status, boolean confidential, int openDerivativesPositions) {
}
