package io.redress.incidents.domain;

import io.redress.shared.domain.AccountIdentifier;
import io.redress.shared.domain.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a leak-attribution request must look like; every error names its field. */
public final class EvidenceRules {

    /** A key id as the registry takes it (the same shape as an account id, AccountIdentifier). */
    static final Pattern KEY_ID = AccountIdentifier.PATTERN;
    /** Trade events are history for longer, but the anomalies are about recent weeks: a window covers at most this. */
    public static final Duration MAX_WINDOW = Duration.ofDays(92);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private EvidenceRules() {
    }

    public static List<FieldError> check(EvidenceRequest r, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (r.accountId() == null || r.accountId().isBlank()) {
            errors.add(FieldError.required("accountId"));
        } else if (!AccountIdentifier.isWellFormed(r.accountId())) {
            errors.add(FieldError.identifier("accountId"));
        }
        if (r.keyId() != null && !KEY_ID.matcher(r.keyId()).matches()) {
            errors.add(FieldError.of("keyId", FieldError.Code.IDENTIFIER, "1 to 64 letters, digits, '.', '_', ':' or '-' when given"));
        }
        if (r.from() == null) {
            errors.add(FieldError.of("from", FieldError.Code.REQUIRED_TIME, "is required (ISO-8601 UTC)"));
        }
        if (r.to() == null) {
            errors.add(FieldError.of("to", FieldError.Code.REQUIRED_TIME, "is required (ISO-8601 UTC)"));
        } else if (r.to().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(FieldError.of("to", FieldError.Code.IN_FUTURE, "is in the future: a report is about what has happened"));
        }
        if (r.from() != null && r.to() != null) {
            if (!r.from().isBefore(r.to())) {
                errors.add(FieldError.of("to", FieldError.Code.AFTER_FROM, "must be after from"));
            } else if (Duration.between(r.from(), r.to()).compareTo(MAX_WINDOW) > 0) {
                errors.add(FieldError.of("from", FieldError.Code.WINDOW_TOO_LONG, "the window covers at most " + MAX_WINDOW.toDays() + " days", MAX_WINDOW.toDays()));
            }
        }
        return errors;
    }

    /** The reports of one question (account, key, window) share a series and are numbered within it. */
    public static String series(EvidenceRequest r) {
        return r.accountId() + "|" + (r.keyId() == null ? "*" : r.keyId()) + "|" + r.from() + "|" + r.to();
    }
}
