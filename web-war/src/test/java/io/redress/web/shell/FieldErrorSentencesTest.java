package io.redress.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redress.shared.domain.FieldError;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A bad field is said in the page's language: each FieldError code has its sentence in every console language. */
class FieldErrorSentencesTest {

    private static final Path BUNDLES = Path.of("src", "main", "resources", "io", "redress", "web");

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties", "messages_ja.properties"})
    void everyFieldErrorCodeIsSaidInEachLanguageOfTheConsole(String bundle) throws IOException {
        Properties sentences = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            sentences.load(in);
        }
        assertEquals(List.of(), Stream.of(FieldError.Code.values()).map(c -> "field." + c.key())
                .filter(k -> sentences.getProperty(k, "").isBlank()).toList(), "field codes with no sentence in " + bundle);
    }

    @Test
    void aFrenchPageSaysTheLengthLimitInFrenchWithTheDomainsNumber() {
        assertEquals("4000 caractères au plus", text(Locale.FRENCH, FieldError.tooLong("justification", 4000)));
    }

    @Test
    void aJapanesePageSaysAMissingFieldInJapanese() {
        assertEquals("必須です", text(Locale.JAPANESE, FieldError.required("measure")));
    }

    @Test
    void anEnglishPageShowsTheDomainsOwnSentence() {
        FieldError error = FieldError.of("outcome", FieldError.Code.REQUIRED_ONE_OF, "required: UPHELD or OVERTURNED",
                "UPHELD, OVERTURNED");
        assertEquals("required: UPHELD or OVERTURNED", text(Locale.ENGLISH, error));
    }

    @Test
    void aFieldErrorWithoutCodeOrWithTooFewValuesStaysEnglish() {
        assertEquals("must be an object", text(Locale.FRENCH, new FieldError("requests[0]", "must be an object")));
        assertEquals("at most 9 characters", text(Locale.FRENCH,
                new FieldError("x", "at most 9 characters", FieldError.Code.TOO_LONG, List.of())));
    }

    @Test
    void theValuesTheDomainNamedAreKeptAsWritten() {
        assertEquals("l’une des valeurs : CASH, CARD", text(Locale.FRENCH, FieldError.oneOf("kind", List.of("CASH", "CARD"))));
    }

    private static String text(Locale locale, FieldError error) {
        return Messages.fieldErrorText(locale, ResourceBundle.getBundle("io.redress.web.messages", locale), error);
    }
}
