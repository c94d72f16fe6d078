package io.redress.restrictions.domain;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.StorableText;
import java.util.ArrayList;
import java.util.List;

/** What placing and lifting a protective lock by hand must say. */
public final class ProtectiveLockRules {

    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 500;
    public static final int VERIFICATION_MIN = 3;
    public static final int VERIFICATION_MAX = 200;

    private ProtectiveLockRules() {
    }

    /** Placing by hand: why, in words a colleague and an auditor understand. */
    public static List<FieldError> checkPlacement(String reason) {
        return text("reason", reason, REASON_MIN, REASON_MAX, false);
    }

    /** Lifting: the reference of the customer's verification (the exchange's own identifier of it), on one line. */
    public static List<FieldError> checkLift(String verification) {
        return text("verification", verification, VERIFICATION_MIN, VERIFICATION_MAX, true);
    }

    /** The language of the customer's letter: absent (English), or one the letters are written in. */
    public static List<FieldError> checkLanguage(String language) {
        if (language == null || ProtectiveLockLetter.LANGUAGES.contains(language)) {
            return List.of();
        }
        return List.of(FieldError.of("language", FieldError.Code.ONE_OF, "one of " + ProtectiveLockLetter.LANGUAGES.stream().sorted().toList(), String.join(", ", ProtectiveLockLetter.LANGUAGES.stream().sorted().toList())));
    }

    private static List<FieldError> text(String field, String value, int min, int max, boolean oneLine) {
        List<FieldError> errors = new ArrayList<>();
        if (value == null || value.isBlank()) {
            errors.add(FieldError.required(field));
            return errors;
        }
        StorableText.problem(value).ifPresent(p -> errors.add(new FieldError(field, p)));
        int length = value.strip().codePointCount(0, value.strip().length());
        if (length < min || length > max) {
            errors.add(FieldError.of(field, FieldError.Code.LENGTH, "must be " + min + " to " + max + " characters", min, max));
        }
        if (oneLine && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            errors.add(FieldError.of(field, FieldError.Code.ONE_LINE, "must be on one line"));
        }
        return errors;
    }
}
