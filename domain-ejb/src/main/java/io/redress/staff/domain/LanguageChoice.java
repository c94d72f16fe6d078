package io.redress.staff.domain;

import io.redress.shared.domain.FieldError;
import java.util.List;
import java.util.Locale;

/** The languages the console is written in; a person chooses one of them, or leaves it to the browser. */
public final class LanguageChoice {

    /** English first: it is the default and the fallback of every label. */
    public static final List<String> SUPPORTED = List.of("en", "fr", "ja");

    private LanguageChoice() {
    }

    /** The language the text names ("fr", "FR", "fr-CA" read as "fr"), or the field error that says why not. */
    public static String parse(String text, List<FieldError> errors) {
        String tag = text == null ? "" : text.strip();
        String language = tag.length() > 35 ? "" : Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        if (!SUPPORTED.contains(language)) {
            errors.add(FieldError.oneOf("language", SUPPORTED));
            return null;
        }
        return language;
    }

    /** What a stored choice reads back as: the language, or nothing when none (or one no longer offered) was chosen. */
    public static java.util.Optional<String> stored(String language) {
        return language != null && SUPPORTED.contains(language) ? java.util.Optional.of(language) : java.util.Optional.empty();
    }
}
