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
        return new Investigation(new DepositHeld(7, "ACC-1", ScreeningPolicy.Measure.FREEZE, "FREEZE of 1 ETH"), NOW,
                NOW.plus(Duration.ofDays(30)));
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
        Duration warning = Duration.ofDays(5);
        assertFalse(i.needsNearAlert(NOW.plus(Duration.ofDays(20)).plus(warning)), "24 days early");
        assertTrue(i.needsNearAlert(NOW.plus(Duration.ofDays(26)).plus(warning)), "4 days early");
        i.nearAlerted();
        assertFalse(i.needsNearAlert(NOW.plus(Duration.ofDays(26)).plus(warning)));
        assertTrue(i.needsOverdueAlert(NOW.plus(Duration.ofDays(30))));
        i.overdueAlerted();
        assertFalse(i.needsOverdueAlert(NOW.plus(Duration.ofDays(31))));
    }
}
