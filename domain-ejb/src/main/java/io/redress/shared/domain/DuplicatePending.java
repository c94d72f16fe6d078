package io.redress.shared.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The same request is already waiting or under way, and the detail names it: a conflict with what exists (409), not
 * a rule broken by the request itself. Its {@link #rule()} is {@code duplicate-pending}, so a screen says it in its
 * reader's language as any other refusal.
 */
public class DuplicatePending extends RuleViolation {

    private static final long serialVersionUID = 1L;
    public static final String RULE = "duplicate-pending";

    /** {@code values}: what the sentence names (each written as text), for the screens' translations. */
    public DuplicatePending(String message, Object... values) {
        super(RULE, message, List.of(RULE), List.of(message),
                List.of(Arrays.stream(values).map(String::valueOf).toList()));
    }

    @Override
    public String type() {
        return "duplicate-pending";
    }
}
