package io.redress.api.restrictions;

import io.redress.restrictions.domain.Action;
import io.redress.shared.domain.FieldError;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Parses an action name, naming the field when it is missing or unknown. */
public final class AccountDecisions {

    private static final String ACTIONS = Arrays.stream(Action.values()).map(Enum::name).collect(Collectors.joining(", "));

    private AccountDecisions() {
    }

    public static Action action(String value, List<FieldError> errors) {
        return action(value, "action", errors);
    }

    /**
     * A key's id, or none: a blank one is refused rather than answered as an unknown key (which would read as "this key
     * may not trade" for a question that named no key).
     */
    public static void keyId(String value, String field, List<FieldError> errors) {
        if (value != null && value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank: a key's id, or leave it out"));
        } else if (value != null && value.length() > 128) {
            errors.add(new FieldError(field, "at most 128 characters"));
        }
    }

    /** A source address given with a key: one IPv4 or IPv6 address, strictly; absent is fine. */
    public static void sourceIp(String value, String field, List<FieldError> errors) {
        if (value != null) {
            io.redress.apikeys.application.ApiKeyInput.sourceIpProblem(value).ifPresent(m -> errors.add(new FieldError(field, m)));
        }
    }

    static Action action(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required: one of " + ACTIONS));
            return null;
        }
        try {
            return Action.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + ACTIONS));
            return null;
        }
    }
}
