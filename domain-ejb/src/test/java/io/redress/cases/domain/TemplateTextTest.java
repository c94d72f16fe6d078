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

    @Test
    void aCompiledTemplateWritesWhatTheTemplateSaysEachTime() {
        TemplateText.Compiled t = TemplateText.compile("{name}: case {ticket} received {received}.{agent}");
        assertEquals("Ana: case RD-2345-6789 received 2026-12-01.", t.fill(Map.of("name", "Ana", "ticket", "RD-2345-6789",
                "received", "2026-12-01", "agent", "")));
        assertEquals("Ren: case RD-9999-2222 received 2026-11-30.Kim", t.fill(Map.of("name", "Ren", "ticket", "RD-9999-2222",
                "received", "2026-11-30", "agent", "Kim")));
        assertEquals("no placeholder { here }", TemplateText.compile("no placeholder { here }").fill(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> t.fill(Map.of("name", "Ana")));
    }
}
