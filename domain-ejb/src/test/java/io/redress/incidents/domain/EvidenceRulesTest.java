package io.redress.incidents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static List<String> fields(EvidenceRequest r) {
        return EvidenceRules.check(r, NOW).stream().map(FieldError::field).toList();
    }

    @Test
    void aWindowInThePastForAnAccountPasses() {
        assertEquals(List.of(), fields(new EvidenceRequest("ACC-1", null, NOW.minus(Duration.ofDays(2)), NOW)));
        assertEquals(List.of(), fields(new EvidenceRequest("ACC-1", "key-1", NOW.minus(EvidenceRules.MAX_WINDOW), NOW)));
    }

    @Test
    void everyBadFieldIsNamed() {
        assertEquals(List.of("accountId", "from", "to"), fields(new EvidenceRequest(null, null, null, null)));
        assertEquals(List.of("accountId", "keyId"), fields(new EvidenceRequest("no spaces", "bad key", NOW.minusSeconds(60), NOW)));
        assertEquals(List.of("to"), fields(new EvidenceRequest("ACC-1", null, NOW, NOW)));
        assertEquals(List.of("to"), fields(new EvidenceRequest("ACC-1", null, NOW, NOW.minusSeconds(1))));
        assertEquals(List.of("to"), fields(new EvidenceRequest("ACC-1", null, NOW, NOW.plus(Duration.ofHours(1)))));
        assertEquals(List.of("from"), fields(new EvidenceRequest("ACC-1", null, NOW.minus(EvidenceRules.MAX_WINDOW).minusSeconds(1), NOW)));
    }

    @Test
    void theReportsOfOneQuestionShareASeries() {
        Instant from = NOW.minus(Duration.ofDays(1));
        assertEquals(EvidenceRules.series(new EvidenceRequest("ACC-1", null, from, NOW)),
                EvidenceRules.series(new EvidenceRequest("ACC-1", null, from, NOW)));
        assertNotEquals(EvidenceRules.series(new EvidenceRequest("ACC-1", null, from, NOW)),
                EvidenceRules.series(new EvidenceRequest("ACC-1", "key-1", from, NOW)));
        assertNotEquals(EvidenceRules.series(new EvidenceRequest("ACC-1", null, from, NOW)),
                EvidenceRules.series(new EvidenceRequest("ACC-1", null, from.minusSeconds(1), NOW)));
    }

    @Test
    void referencesLookLikeIncidentsButStartWithEvr() {
        String r = EvidenceReference.random();
        assertTrue(EvidenceReference.looksLikeOne(r), r);
        assertTrue(r.matches("EVR-[2-9A-Z]{4}-[2-9A-Z]{4}"), r);
        assertTrue(!EvidenceReference.looksLikeOne("INC-AAAA-BBBB") && !EvidenceReference.looksLikeOne(null));
    }
}
