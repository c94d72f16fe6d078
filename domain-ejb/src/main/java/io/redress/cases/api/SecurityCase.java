package io.redress.cases.api;

/**
 * An account's one account-security case after a finding reached it: its ticket, whether the finding opened it (else
 * it joined it), and the language the case writes to the customer in.
 */
public record SecurityCase(String accountId, String ticket, boolean opened, String language) {
}
