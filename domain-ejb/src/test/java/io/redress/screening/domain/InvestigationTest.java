package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An investigation's steps: four eyes on the outcome, a report's filing reference, the authority's answer, deadlines. */
class InvestigationTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static Investigation opened() {
        return opened("US");
    }

    private static Investigation opened(String jurisdiction) {
        return new Investigation(new DepositHeld(7, "ACC-1", jurisdiction, ScreeningPolicy.Measure.FREEZE, "FREEZE of 1 ETH"), NOW,
                DeadlineRules.parse(DeadlineRules.DEFAULT).forJurisdiction(jurisdiction));
    }

    @Test
    void theProposerDoesNotApprove() {
        Investigation i = opened();
        i.propose(InvestigationOutcome.RELEASE, "no link", null, "alice", NOW);
        assertEquals("four-eyes", assertThrows(RuleViolation.class, () -> i.approve("alice", NOW)).rule());
        assertEquals(InvestigationOutcome.RELEASE, i.approve("bob", NOW));
        assertEquals(Investigation.State.RELEASED, i.state());
        assertEquals("investigation-state", assertThrows(RuleViolation.class,
                () -> i.propose(InvestigationOutcome.REPORT, "again", "SAR-1", "carol", NOW)).rule());
    }

    @Test
    void aReportNamesItsFilingAndWaitsForTheAuthority() {
        Investigation i = opened();
        assertEquals("filing-reference-required", assertThrows(RuleViolation.class,
                () -> i.propose(InvestigationOutcome.REPORT, "sanctioned", " ", "alice", NOW)).rule());
        assertEquals("investigation-state", assertThrows(RuleViolation.class,
                () -> i.authorityAnswered(AuthorityAnswer.KEEP_FROZEN, "FIU-1", "alice", NOW)).rule());
        i.propose(InvestigationOutcome.REPORT, "sanctioned", "SAR-1", "alice", NOW);
        i.approve("bob", NOW);
        assertEquals(Investigation.State.REPORTED, i.state());
        i.authorityAnswered(AuthorityAnswer.KEEP_FROZEN, "FIU-1", "alice", NOW);
        assertEquals(Investigation.State.CLOSED, i.state());
    }

    @Test
    void deadlineAlertsComeOnceEach() {
        Investigation i = opened();
        assertEquals(NOW.plus(Duration.ofDays(30)), i.dueAt(), "a US account's SAR: 30 days");
        assertFalse(i.needsNearAlert(NOW.plus(Duration.ofDays(24))), "6 days early");
        assertTrue(i.needsNearAlert(NOW.plus(Duration.ofDays(25))), "5 days early");
        i.nearAlerted();
        assertFalse(i.needsNearAlert(NOW.plus(Duration.ofDays(26))));
        assertTrue(i.needsOverdueAlert(NOW.plus(Duration.ofDays(30))));
        i.overdueAlerted();
        assertFalse(i.needsOverdueAlert(NOW.plus(Duration.ofDays(31))));
    }

    @Test
    void anEuAccountsDeadlineIsTheInternalTargetAndNearHalfWay() {
        Investigation i = opened("FR");
        assertEquals(NOW.plus(Duration.ofDays(7)), i.dueAt());
        assertEquals("EU", i.deadlineRule());
        assertEquals("FR", i.jurisdiction());
        assertFalse(i.needsNearAlert(NOW.plus(Duration.ofDays(3))));
        assertTrue(i.needsNearAlert(NOW.plus(Duration.ofHours(84))), "3.5 days before a 7-day deadline");
    }
}
