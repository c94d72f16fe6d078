package io.redress.shared.domain;

/**
 * A person's written reason for what they do (rejecting a request, retiring a reason, withdrawing a term, correcting an
 * account), as every context asks for it: at least {@value #MIN_LENGTH} characters once trimmed.
 */
public final class WrittenReason {

    public static final int MIN_LENGTH = 10;

    private WrittenReason() {
    }

    /** The reason, trimmed; {@link InvalidInput} naming {@code field} when it is missing or too short. */
    public static String require(String field, String text) {
        if (text == null || text.strip().length() < MIN_LENGTH) {
            throw new InvalidInput(FieldError.of(field, FieldError.Code.EXPLANATION_TOO_SHORT,
                    "a written reason of at least " + MIN_LENGTH + " characters", MIN_LENGTH));
        }
        return text.strip();
    }
}
