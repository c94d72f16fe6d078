package io.redress.shared.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a customer account's id as the exchange mirrors it (1 to 64 letters, digits, '.', '_', ':' or '-',
 * starting with a letter or digit): the one check for an account named in a query, so that every list filtered by an
 * account refuses the same malformed values, naming the field, instead of some answering an empty page.
 */
public final class AccountIdentifier {

    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private AccountIdentifier() {
    }

    public static boolean isWellFormed(String accountId) {
        return accountId != null && PATTERN.matcher(accountId).matches();
    }

    /** What is wrong with {@code accountId} as the value of {@code field}; an absent or blank one is the caller's rule. */
    public static Optional<FieldError> problem(String field, String accountId) {
        if (accountId == null || accountId.isBlank() || isWellFormed(accountId)) {
            return Optional.empty();
        }
        return Optional.of(FieldError.identifier(field));
    }
}
