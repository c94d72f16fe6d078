package io.redress.alerts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.alerts.api.AlertRaised;
import io.redress.alerts.api.AlertRaised.Severity;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Alert raised() {
        return new Alert(new AlertRaised("SLA_BREACH", Severity.WARNING, "ACC-1", "RD-1 first response", Role.SUPERVISOR,
                "Case RD-1: first response SLA breached"), T0);
    }

    @Test
    void aConfidentialAlertStaysOffTheAccountsTimelineButKeepsItsAccountForTheInbox() {
        assertEquals("ACC-1", raised().timelineAccount());
        Alert hold = new Alert(new AlertRaised("SCREENING_HOLD", Severity.WARNING, "ACC-2", "deposit-screening:7",
                Role.COMPLIANCE, "Held for review: 1 ETH (INDIRECT_HACK)", true), T0);
        assertNull(hold.timelineAccount());
        assertEquals("ACC-2", hold.view().accountId());
    }

    @Test
    void anAlertIsRaisedOpenForTheRoleThatMustAct() {
        AlertView v = raised().view();
        assertEquals(AlertState.OPEN, v.state());
        assertEquals(Role.SUPERVISOR, v.mustAct());
        assertEquals(T0, v.raisedAt());
        assertNull(v.acknowledgedBy());
    }

    @Test
    void acknowledgingRecordsWhoWhenAndTheNoteOnce() {
        Alert a = raised();
        a.acknowledge("sup.fay", " looking at it ", T0.plusSeconds(60));
        AlertView v = a.view();
        assertEquals(AlertState.ACKNOWLEDGED, v.state());
        assertEquals("sup.fay", v.acknowledgedBy());
        assertEquals(T0.plusSeconds(60), v.acknowledgedAt());
        assertEquals("looking at it", v.acknowledgeNote());
        RuleViolation again = assertThrows(RuleViolation.class, () -> a.acknowledge("sup.bob", null, T0.plusSeconds(90)));
        assertEquals("alert-not-open", again.rule());
    }

    @Test
    void resolvingAnOpenAlertAcknowledgesItTooAndEndsIt() {
        Alert a = raised();
        a.resolve("sup.fay", "positions closed by the customer", T0.plusSeconds(120));
        AlertView v = a.view();
        assertEquals(AlertState.RESOLVED, v.state());
        assertEquals("sup.fay", v.acknowledgedBy());
        assertEquals("positions closed by the customer", v.resolveNote());
        assertEquals("alert-resolved", assertThrows(RuleViolation.class,
                () -> a.resolve("sup.fay", "again", T0.plusSeconds(130))).rule());
        assertEquals("alert-resolved", assertThrows(RuleViolation.class,
                () -> a.assign("sup.bob", T0.plusSeconds(130))).rule());
    }

    @Test
    void assignmentCanBeTakenBack() {
        Alert a = raised();
        a.assign("sup.bob", T0.plusSeconds(5));
        assertEquals("sup.bob", a.view().assignedTo());
        a.assign(null, T0.plusSeconds(9));
        assertNull(a.view().assignedTo());
        assertNull(a.view().assignedAt());
    }
}
