package io.redress.accounts.api;

import io.redress.shared.domain.Actor;

/**
 * Another context needs the account's confidentiality flag set or cleared (screening, while a confidential investigation
 * is open): fired in that context's transaction, kept by the accounts context in the same transaction and audited with
 * the reason, so the flag and its cause commit together. Messages to a confidential account pass the forbidden-terms
 * check point.
 */
public record ConfidentialityRequired(String accountId, boolean confidential, String reason, Actor actor, String actingRole) {
}
