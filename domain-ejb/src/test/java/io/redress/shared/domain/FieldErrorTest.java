package io.redress.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A field error keeps the English sentence REST clients read, and adds the code and values a translation needs. */
class FieldErrorTest {

    @Test
    void aLengthLimitSaysItInEnglishAndNamesTheLimitForATranslation() {
        FieldError e = FieldError.tooLong("justification", 4000);
        assertEquals("at most 4000 characters", e.message());
        assertEquals("too-long", e.code().key());
        assertEquals(List.of("4000"), e.arguments());
    }

    @Test
    void aChoiceListsTheValuesAsBefore() {
        FieldError e = FieldError.oneOf("queue", List.of("FRONTLINE", "CLAIMS"));
        assertEquals("one of FRONTLINE, CLAIMS", e.message());
        assertEquals(List.of("FRONTLINE, CLAIMS"), e.arguments());
        assertEquals("is required: one of en, fr", FieldError.requiredOneOf("language", List.of("en", "fr")).message());
    }

    @Test
    void theCommonSentencesAreTheOnesRestClientsAlreadyRead() {
        assertEquals("is required", FieldError.required("measure").message());
        assertEquals("is in the future", FieldError.inFuture("postedAt").message());
        assertEquals("1 to 64 letters, digits, '.', '_', ':' or '-'", FieldError.identifier("accountId").message());
        assertEquals("is required: 1 to 64 letters, digits, '.', '_', ':' or '-'", FieldError.requiredIdentifier("accountId").message());
        assertEquals("must be more than zero, at most 20 digits before the point and 18 after", FieldError.amount("amount").message());
    }

    @Test
    void anErrorSaidOnlyInEnglishHasNoCode() {
        FieldError e = new FieldError("requests[0]", "must be an object");
        assertNull(e.code());
        assertEquals(List.of(), e.arguments());
        assertEquals("requests[0]: must be an object", new InvalidInput(List.of(e)).getMessage());
    }

    @Test
    void everyCodeIsSpelledOnceInKebabCase() {
        List<String> keys = java.util.Arrays.stream(FieldError.Code.values()).map(FieldError.Code::key).toList();
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), "a code spelled twice: " + keys);
        assertEquals(List.of(), keys.stream().filter(k -> !k.matches("[a-z]+(-[a-z]+)*")).toList());
    }
}
