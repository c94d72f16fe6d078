package io.redress.incidents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final String KNOWN = "The bot service's key store leaked.";

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteDeclarationPasses() {
        assertEquals(List.of(), IncidentRules.check(new NewIncident("tradebot-pro", "critical", NOW.minusSeconds(3600), KNOWN),
                true, NOW));
        assertEquals(Severity.CRITICAL, IncidentRules.severity(" critical "));
    }

    @Test
    void everyBadFieldOfADeclarationIsNamed() {
        assertEquals(List.of("integration", "severity", "suspectedSince", "known"),
                fields(IncidentRules.check(new NewIncident(null, "SEVERE", null, "short"), false, NOW)));
        assertEquals(List.of("integration"), fields(IncidentRules.check(new NewIncident("gone", "LOW", NOW, KNOWN), false, NOW)));
        assertEquals(List.of("suspectedSince"),
                fields(IncidentRules.check(new NewIncident("x", "LOW", NOW.plusSeconds(1), KNOWN), true, NOW)));
        assertEquals(List.of("suspectedSince"), fields(IncidentRules.check(
                new NewIncident("x", "LOW", NOW.minus(IncidentRules.MAX_LOOKBACK).minusSeconds(1), KNOWN), true, NOW)));
        assertEquals(List.of("known"), fields(IncidentRules.check(new NewIncident("x", "LOW", NOW, "ok\u0000 but a NUL"), true, NOW)));
    }

    @Test
    void aBulkActionNeedsAJustificationAndACutOffInThePast() {
        assertEquals(List.of(), IncidentRules.check(new ActionRequest(NOW.minus(Duration.ofDays(1)), true, true, true,
                "Every key of the breached service."), NOW));
        assertEquals(List.of("createdBefore", "justification"),
                fields(IncidentRules.check(new ActionRequest(NOW.plusSeconds(60), false, true, true, "   "), NOW)));
    }

    @Test
    void theRequesterNeverDecidesTheirOwnAction() {
        RuleViolation self = assertThrows(RuleViolation.class,
                () -> IncidentRules.checkDecision(ActionState.REQUESTED, "alice", "alice"));
        assertEquals("four-eyes", self.rule());
        IncidentRules.checkDecision(ActionState.REQUESTED, "alice", "bob");
    }

    @Test
    void anActionIsDecidedOnce() {
        for (ActionState decided : List.of(ActionState.APPROVED, ActionState.REJECTED, ActionState.DONE)) {
            assertEquals("action-state", assertThrows(RuleViolation.class,
                    () -> IncidentRules.checkDecision(decided, "alice", "bob")).rule());
        }
    }

    @Test
    void aClosedIncidentTakesNoNewAction() {
        assertEquals("incident-closed", assertThrows(RuleViolation.class,
                () -> IncidentRules.checkOpen(IncidentState.CLOSED)).rule());
        IncidentRules.checkOpen(IncidentState.OPEN);
    }

    @Test
    void theScopeReadsAsWhatItRevokes() {
        assertEquals("every key linked to the integration", IncidentRules.describeScope(null, false));
        assertEquals("every key without an IP allowlist linked to the integration, created before 2026-11-01T00:00:00Z",
                IncidentRules.describeScope(Instant.parse("2026-11-01T00:00:00Z"), true));
    }

    @Test
    void referencesAreRandomAndQuotableByClaims() {
        String a = IncidentReference.random();
        assertTrue(IncidentReference.looksLikeOne(a), a);
        assertTrue(a.matches("INC-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}"), a);
        assertTrue(IncidentReference.looksLikeOne("INC-DEMO-BOTLEAK"));
        assertTrue(!IncidentReference.looksLikeOne("inc-1") && !IncidentReference.looksLikeOne(null));
        assertTrue(!a.equals(IncidentReference.random()));
    }
}
