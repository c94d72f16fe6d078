package io.redress.accounts.api;

/**
 * What other contexts may know of an account: that it exists, whether messages to it pass the forbidden-terms check
 * point, and its open derivatives positions (part of a decision and of a closure).
 */
public record AccountFacts(String accountId, boolean confidential, int openDerivativesPositions) {
}
