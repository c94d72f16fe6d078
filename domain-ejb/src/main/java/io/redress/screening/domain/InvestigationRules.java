package io.redress.screening.domain;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.StorableText;
import java.util.List;

/** What an investigation's notes must be: some text, at most {@value #NOTE_MAX} characters, storable. */
public final class InvestigationRules {

    public static final int NOTE_MAX = 4000;

    private InvestigationRules() {
    }

    /** The note's text as stored (outer blanks removed), or null with the reason added to {@code errors}. */
    public static String noteText(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of("text", FieldError.Code.NOTE_TEXT_REQUIRED, "is required: the note's text"));
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > NOTE_MAX) {
            errors.add(FieldError.of("text", FieldError.Code.TOO_LONG, "at most " + NOTE_MAX + " characters (" + stripped.length() + " given)", NOTE_MAX));
            return null;
        }
        var problem = StorableText.problem(stripped);
        if (problem.isPresent()) {
            errors.add(new FieldError("text", problem.get()));
            return null;
        }
        return stripped;
    }
}
