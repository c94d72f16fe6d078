package io.redress.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void placeholdersAreFilledAndValuesAreTakenLiterally() {
        assertEquals("Hello Ana, about RD-2345-6789: $1 \\ {x}",
                TemplateText.fill("Hello {name}, about {ticket}: {message}", Map.of("name", "Ana", "ticket", "RD-2345-6789",
                        "message", "$1 \\ {x}")));
    }

    @Test
    void aPlaceholderWithoutValueIsAnErrorAndUnknownOnesAreReported() {
        assertThrows(IllegalArgumentException.class, () -> TemplateText.fill("{name}", Map.of()));
        assertEquals(Set.of("balance"), TemplateText.unknownPlaceholders("Dear {name}, your {balance}"));
        assertTrue(TemplateText.unknownPlaceholders("{ticket} {received} {decisionDue} {agent} {message}").isEmpty());
    }
}
