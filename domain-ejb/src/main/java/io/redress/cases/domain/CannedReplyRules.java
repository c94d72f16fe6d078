package io.redress.cases.domain;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a canned reply must be, and when it may change: a title and a text of bounded length in one of the console's
 * languages; a retired reply is neither offered nor edited. Plain Java, so every rule is unit-tested.
 */
public final class CannedReplyRules {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 4000;
    public static final List<String> LANGUAGES = List.of("en", "fr", "ja");
    /** The longest reason given for retiring a reply (the reason is optional). */
    public static final int RETIREMENT_REASON_MAX = 2000;
    /** The rule code of an edit (or a second retirement) of a retired reply. */
    public static final String RETIRED = "canned-reply-retired";

    private CannedReplyRules() {
    }

    /** Every bad field of a reply as it would be stored (title, language, body). */
    public static List<FieldError> check(String title, String language, String body) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
            errors.add(FieldError.of("title", FieldError.Code.REQUIRED_TOO_LONG, "is required: 1 to " + TITLE_MAX + " characters", TITLE_MAX));
        } else if (title.strip().contains("\n") || title.strip().contains("\r")) {
            errors.add(FieldError.of("title", FieldError.Code.ONE_LINE, "one line"));
        }
        errors.addAll(checkLanguage("language", language));
        if (body == null || body.isBlank() || body.strip().length() > BODY_MAX) {
            errors.add(FieldError.of("body", FieldError.Code.REQUIRED_TOO_LONG, "is required: 1 to " + BODY_MAX + " characters", BODY_MAX));
        }
        return errors;
    }

    /** The reason given for retiring a reply: optional, at most {@link #RETIREMENT_REASON_MAX} characters. */
    public static List<FieldError> checkRetirement(String reason) {
        if (reason != null && reason.strip().length() > RETIREMENT_REASON_MAX) {
            return List.of(FieldError.tooLong("reason", RETIREMENT_REASON_MAX));
        }
        return List.of();
    }

    /** A language filter or field: one of en, fr, ja; null means "not given", which only a filter accepts. */
    public static List<FieldError> checkLanguage(String field, String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            return List.of(FieldError.requiredOneOf(field, LANGUAGES));
        }
        return List.of();
    }

    /** A retired reply stays as it was: refused with {@link #RETIRED}. */
    public static void checkEditable(long id, boolean retired) {
        if (retired) {
            throw RuleViolation.of(RETIRED, "Canned reply " + id + " is retired: it can no longer be changed", id);
        }
    }

    /** Whether the reply is offered to an agent writing to a customer in {@code language}. */
    public static boolean offered(CannedReplyView reply, String language) {
        return reply.retiredAt() == null && reply.language().equals(language);
    }

    /**
     * The reply box after inserting a canned reply: its text alone when the box is empty, else after what was typed,
     * separated by a blank line, so nothing typed is lost.
     */
    public static String insert(String typed, String canned) {
        if (typed == null || typed.isBlank()) {
            return canned;
        }
        return typed.stripTrailing() + "\n\n" + canned;
    }
}
