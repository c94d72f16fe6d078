package io.redress.alerts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.alerts.api.AlertRaised;
import io.redress.alerts.api.AlertRaised.Severity;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private static List<String> fields(AlertRaised a) {
        return AlertRules.check(a).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteAlertPasses() {
        assertEquals(List.of(), fields(new AlertRaised("CLOSE_BLOCKED_OPEN_POSITIONS", Severity.CRITICAL, "ACC-1",
                "restriction:7", Role.SUPERVISOR, "Account ACC-1 was not closed")));
    }

    @Test
    void everyMissingOrMalformedPartIsNamed() {
        assertEquals(List.of("kind", "severity", "subject", "message", "mustAct"),
                fields(new AlertRaised("sla breach", null, null, " ", null, "")));
    }

    @Test
    void anAlertForARoleThatCannotWorkAlertsIsRefusedBecauseNobodyWouldActOnIt() {
        assertEquals(List.of("mustAct"), fields(new AlertRaised("SLA_BREACH", Severity.INFO, null, "RD-1", Role.INTEGRATION,
                "for the exchange's systems")));
        assertEquals(List.of("mustAct"), fields(new AlertRaised("SLA_BREACH", Severity.INFO, null, "RD-1", Role.AUDITOR,
                "auditors change nothing")));
    }

    @Test
    void theRoleThatMustActAndAuditorsSeeAnAlertOthersDoNot() {
        assertTrue(AlertRules.visibleTo(Set.of(Role.SUPERVISOR), Role.SUPERVISOR));
        assertTrue(AlertRules.visibleTo(Set.of(Role.AUDITOR), Role.SUPERVISOR));
        assertFalse(AlertRules.visibleTo(Set.of(Role.AGENT, Role.SECURITY), Role.SUPERVISOR));
    }

    @Test
    void onlyTheRoleThatMustActWorksIt() {
        assertTrue(AlertRules.mayWork(Set.of(Role.AGENT, Role.SUPERVISOR), Role.SUPERVISOR));
        assertFalse(AlertRules.mayWork(Set.of(Role.AUDITOR), Role.SUPERVISOR));
        assertFalse(AlertRules.mayWork(Set.of(Role.COMPLIANCE), Role.SUPERVISOR));
    }

    @Test
    void everyRoleAnAlertMayBeRaisedForCanReadAlerts() {
        for (Role r : Permission.ALERT_ACT.roles()) {
            assertTrue(Permission.ALERT_READ.grants(r), r.name());
        }
    }

    @Test
    void aResolutionSaysWhatWasDone() {
        assertEquals(List.of("note"), AlertRules.checkNote(" ", true).stream().map(FieldError::field).toList());
        assertEquals(List.of(), AlertRules.checkNote(null, false));
        assertEquals(List.of("note"), AlertRules.checkNote("x".repeat(AlertRules.NOTE_MAX + 1), false).stream()
                .map(FieldError::field).toList());
    }

    @Test
    void anAuditorSeesEveryRolesAlertsAMemberThoseOfTheirRolesOthersNone() {
        assertEquals(Permission.ALERT_ACT.roles(), AlertRules.visibleRoles(Set.of(Role.AUDITOR)));
        assertEquals(Set.of(Role.SUPERVISOR, Role.SECURITY), AlertRules.visibleRoles(Set.of(Role.SUPERVISOR, Role.SECURITY)));
        assertTrue(AlertRules.visibleRoles(Set.of(Role.INTEGRATION)).isEmpty());
    }

    @Test
    void aKindMissingFromTheOneListIsRefusedSoTheInboxCanFilterByEveryKind() {
        assertEquals(List.of("kind"), fields(new AlertRaised("SOMETHING_NEW", Severity.WARNING, null, "x:1", Role.SUPERVISOR,
                "a kind nobody listed")));
        for (String kind : io.redress.alerts.api.AlertKinds.ALL) {
            assertEquals(List.of(), fields(new AlertRaised(kind, Severity.WARNING, null, "x:1", Role.SUPERVISOR, "listed")), kind);
        }
    }

    @Test
    void everyAnomalyRaisesAListedKind() {
        for (io.redress.apikeys.domain.Anomaly.Kind rule : io.redress.apikeys.domain.Anomaly.Kind.values()) {
            assertTrue(io.redress.alerts.api.AlertKinds.ALL.contains(rule.alertKind()), rule.alertKind());
        }
    }

    @Test
    void theInboxFilterTakesNoKindOrAListedOneAndNamesTheListOtherwise() {
        assertTrue(AlertRules.checkKindFilter(null).isEmpty());
        assertTrue(AlertRules.checkKindFilter("").isEmpty());
        assertTrue(AlertRules.checkKindFilter("SLA_BREACH").isEmpty());
        FieldError e = AlertRules.checkKindFilter("abc").orElseThrow();
        assertEquals("kind", e.field());
        assertTrue(e.message().startsWith("one of API_KEY_") && e.message().contains("SLA_BREACH"), e.message());
    }
}
