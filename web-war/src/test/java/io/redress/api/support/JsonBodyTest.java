package io.redress.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A body is read as sent, or refused naming what was wrong. */
class JsonBodyTest {

    private static List<String> refused(String body) {
        return assertThrows(InvalidInput.class, () -> JsonBody.parse(body, Set.of("title", "rows")), body).errors().stream()
                .map(FieldError::field).toList();
    }

    @Test
    void aBodyIsReadWholeWithItsNestedValues() {
        JsonBody in = JsonBody.parse(" {\"title\":\"a\",\"rows\":[{\"n\":1},{\"n\":2}]} \n", Set.of("title", "rows"));
        assertEquals("a", in.string("title"));
        assertEquals(2, in.array("rows").size());
        assertEquals(2, in.array("rows").getJsonObject(1).getInt("n"));
    }

    @Test
    void textAfterTheValueIsRefused() {
        assertEquals(List.of("body"), refused("{\"title\":\"a\"} xyz"));
        assertEquals(List.of("body"), refused("{\"title\":\"a\"}{\"title\":\"b\"}"));
    }

    @Test
    void aNameTwiceInOneObjectIsRefusedNamingIt() {
        assertEquals(List.of("title"), refused("{\"title\":777,\"title\":\"text\"}"));
        assertEquals(List.of("rows[1].n"), refused("{\"rows\":[{\"n\":1},{\"n\":2,\"n\":3}]}"));
    }
}
