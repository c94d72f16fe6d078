package io.redress.incidents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.DuplicatePending;
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
    void aRejectionSaysWhyInWritingAnApprovalMay() {
        for (String missing : new String[] {null, "", "   ", "no", " too short "}) {
            List<FieldError> errors = IncidentRules.checkNote(ActionState.REJECTED, missing);
            assertEquals(List.of("note"), fields(errors), "rejected with the note " + missing);
            assertEquals(FieldError.Code.EXPLANATION_TOO_SHORT, errors.get(0).code());
        }
        assertEquals(List.of(), IncidentRules.checkNote(ActionState.REJECTED, "Wait for the vendor's list."));
        assertEquals(List.of(), IncidentRules.checkNote(ActionState.APPROVED, null), "an approval's note is optional");
        assertEquals(List.of(), IncidentRules.checkNote(ActionState.APPROVED, "ok"));
        assertEquals(List.of("note"), fields(IncidentRules.checkNote(ActionState.APPROVED, "x".repeat(IncidentRules.MAX_NOTE + 1))));
        assertEquals(List.of("note"), fields(IncidentRules.checkNote(ActionState.REJECTED,
                "y".repeat(IncidentRules.MAX_NOTE + 1))));
        assertEquals(List.of("note"), fields(IncidentRules.checkNote(ActionState.REJECTED, "Not now\u0000, wait for the list")));
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
        for (ActionState decided : List.of(ActionState.APPROVED, ActionState.REJECTED, ActionState.DONE, ActionState.WITHDRAWN)) {
            assertEquals("action-state", assertThrows(RuleViolation.class,
                    () -> IncidentRules.checkDecision(decided, "alice", "bob")).rule());
        }
    }

    private static final String WHY = "Every key of the breached service.";

    private static ActionView action(long id, ActionState state, ActionRequest r, Long jobId) {
        return new ActionView(id, "INC-7K3Q-9P2M", IncidentRules.describeScope(r.createdBefore(), r.withoutAllowlistOnly()),
                r.createdBefore(), r.withoutAllowlistOnly(), r.notifyCustomers(), r.openCases(), r.protectiveLock(),
                r.justification(), state, "alice", NOW.minusSeconds(60), null, null, null, null, jobId, null, 0);
    }

    @Test
    void theSameActionIsNotRequestedWhileOneWaitsNamingIt() {
        ActionRequest all = new ActionRequest(null, false, true, true, WHY);
        DuplicatePending twice = assertThrows(DuplicatePending.class, () -> IncidentRules.checkNotPending(
                new ActionRequest(null, false, true, true, "Asked again, in other words."),
                List.of(action(51, ActionState.REQUESTED, all, null))));
        assertEquals("duplicate-pending", twice.rule());
        assertEquals("duplicate-pending", twice.type());
        assertTrue(twice.getMessage().startsWith("Bulk action 51 (requested by alice)"), twice.getMessage());
        assertEquals(List.of(List.of("51", "alice", "INC-7K3Q-9P2M")), twice.arguments());
    }

    @Test
    void theSameActionIsNotRequestedWhileItsJobHasNotCompleted() {
        ActionRequest locks = new ActionRequest(NOW.minus(Duration.ofDays(3)), true, false, false, true, WHY);
        DuplicatePending running = assertThrows(DuplicatePending.class,
                () -> IncidentRules.checkNotPending(locks, List.of(action(52, ActionState.APPROVED, locks, 7L))));
        assertTrue(running.getMessage().contains("its job 7 not completed"), running.getMessage());
        assertEquals(List.of(List.of("52", "alice", "INC-7K3Q-9P2M", "7")), running.arguments());
    }

    @Test
    void anActionThatEndedOrDoesSomethingElseIsNoDuplicate() {
        ActionRequest all = new ActionRequest(null, false, true, true, WHY);
        for (ActionState ended : List.of(ActionState.DONE, ActionState.REJECTED, ActionState.WITHDRAWN)) {
            IncidentRules.checkNotPending(all, List.of(action(53, ended, all, null)));
        }
        Instant cutOff = NOW.minus(Duration.ofDays(1));
        List<ActionRequest> others = List.of(new ActionRequest(cutOff, false, true, true, WHY),
                new ActionRequest(null, true, true, true, WHY), new ActionRequest(null, false, false, true, WHY),
                new ActionRequest(null, false, true, false, WHY), new ActionRequest(null, false, true, true, true, WHY));
        for (ActionRequest other : others) {
            IncidentRules.checkNotPending(other, List.of(action(54, ActionState.REQUESTED, all, null)));
        }
        IncidentRules.checkNotPending(all, List.of());
    }

    @Test
    void aCutOffIsTheSameToTheMicrosecondTheDatabaseKeeps() {
        Instant stored = Instant.parse("2026-11-29T10:00:00.123456Z");
        ActionRequest asStored = new ActionRequest(stored, false, true, true, WHY);
        assertThrows(DuplicatePending.class, () -> IncidentRules.checkNotPending(
                new ActionRequest(stored.plusNanos(789), false, true, true, WHY),
                List.of(action(55, ActionState.REQUESTED, asStored, null))));
        IncidentRules.checkNotPending(new ActionRequest(stored.plusNanos(1000), false, true, true, WHY),
                List.of(action(55, ActionState.REQUESTED, asStored, null)));
    }

    @Test
    void closingWithdrawsOnlyWhatStillWaits() {
        assertTrue(IncidentRules.withdrawnOnClose(ActionState.REQUESTED));
        for (ActionState other : List.of(ActionState.APPROVED, ActionState.REJECTED, ActionState.DONE, ActionState.WITHDRAWN)) {
            assertFalse(IncidentRules.withdrawnOnClose(other), other.name());
            assertEquals("action-state", assertThrows(RuleViolation.class, () -> IncidentRules.checkWithdrawal(other)).rule());
        }
    }

    @Test
    void aWithdrawnActionIsNeverDecided() {
        BulkAction a = new BulkAction(1, new ActionRequest(null, false, true, true, WHY), "alice", NOW);
        a.withdraw("carol", "SECURITY", "incident closed", NOW.plusSeconds(5));
        assertEquals(ActionState.WITHDRAWN, a.state());
        assertEquals("carol", a.decidedBy());
        assertEquals("action-state", assertThrows(RuleViolation.class,
                () -> a.approve("bob", "SUPERVISOR", null, NOW.plusSeconds(9))).rule());
        assertEquals("action-state", assertThrows(RuleViolation.class,
                () -> a.withdraw("carol", "SECURITY", "incident closed", NOW.plusSeconds(9))).rule());
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
