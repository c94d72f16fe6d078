package io.redress.it;

import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.AccountProfile;
import io.redress.accounts.domain.KycLevel;
import io.redress.cases.api.NewCase;
import io.redress.cases.application.CaseService;
import io.redress.cases.application.CaseService.CaseChange;
import io.redress.cases.application.SlaSweep;
import io.redress.cases.domain.CaseOutcome;
import io.redress.cases.domain.CaseState;
import io.redress.cases.domain.CaseView;
import io.redress.cases.domain.Queues;
import io.redress.cases.domain.SlaClock;
import io.redress.it.support.RedressDeployment;
import io.redress.restrictions.domain.ComplaintActivity;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SLA clocks in a running server: a breach escalates to the supervisors' queue exactly once, waiting on the
 * customer pauses the clock, a resolved case reopens within 14 days and is closed after them, and complaint
 * cases feed the retaliation guard. Time is moved by running the sweep "as of" a later instant, the entry
 * point the 15-second timer calls with the clock's now; the sweep reads only what the database says is due,
 * so the same holds across a restart.
 */
@ExtendWith(ArquillianExtension.class)
class CaseSlaIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    @EJB
    CaseService cases;
    @EJB
    SlaSweep sweep;
    @EJB
    AccountService accounts;
    @Inject
    ComplaintActivity complaints;
    @Resource(lookup = "java:app/jdbc/redress")
    DataSource dataSource;

    private final Actor exchange = new Actor("it-exchange", EnumSet.of(Role.INTEGRATION), "10.0.0.1");
    private final Actor agent = new Actor("it-agent-" + UUID.randomUUID(), EnumSet.of(Role.AGENT), "10.0.0.2");

    private String account() {
        String id = "SLA-" + UUID.randomUUID().toString().substring(0, 10);
        accounts.mirror(exchange, id, new AccountProfile("sla" + id.substring(4, 10), KycLevel.VERIFIED, "FR",
                LocalDate.of(2022, 5, 1), 0, List.of(), 0), null);
        return id;
    }

    private CaseView open(String account, String priority) {
        return cases.open(exchange, new NewCase("CHAT", account, "Ana", "ana@example.org", "fr", "Withdrawal stuck",
                "My withdrawal has been pending for two days.", "FUNDS_HOLD", null, priority, null, null));
    }

    /** Moves the case's opening back in time, as if it had been waiting that long (and its next check with it). */
    private void age(CaseView c, Duration by) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement s = db.prepareStatement("UPDATE support_case SET opened_at = ?, sla_check_at = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(c.openedAt().minus(by)));
            s.setTimestamp(2, Timestamp.from(Instant.now().minusSeconds(1)));
            s.setLong(3, c.id());
            assertEquals(1, s.executeUpdate());
        }
    }

    @Test
    void aBreachEscalatesToTheSupervisorsQueueOnceAndEvenIfTheSweepRunsAgain() throws SQLException {
        CaseView c = open(account(), "P1");
        assertEquals(Queues.COMPLIANCE, c.queue());
        assertEquals(SlaClock.State.RUNNING, c.slaState());

        age(c, Duration.ofMinutes(13)); // 13 of 15 minutes to first response: past the 80 % warning
        sweep.runDue(Instant.now());
        CaseView warned = cases.get(agent, c.ticket());
        assertEquals(SlaClock.State.WARNING, warned.slaState());
        assertEquals(CaseState.NEW, warned.state());

        age(c, Duration.ofMinutes(16));
        sweep.runDue(Instant.now());
        sweep.runDue(Instant.now().plusSeconds(30));
        CaseView breached = cases.get(agent, c.ticket());
        assertEquals(CaseState.ESCALATED, breached.state());
        assertEquals(Queues.SUPERVISORS, breached.queue());
        assertEquals(SlaClock.State.BREACHED, breached.slaState());
        assertNotNull(breached.escalatedAt());
        long escalations = cases.detail(agent, c.ticket()).timeline().stream().filter(e -> e.kind().equals("SLA_BREACHED")).count();
        assertEquals(1, escalations, "escalated exactly once");
    }

    @Test
    void waitingOnTheCustomerPausesTheClockAndTheirAnswerResumesIt() throws SQLException {
        CaseView c = open(account(), "P2");
        CaseView v = cases.get(agent, c.ticket());
        cases.reply(agent, c.ticket(), v.version(), "REQUEST_INFORMATION", "Please send the transaction hash.");
        CaseView waiting = cases.get(agent, c.ticket());
        assertEquals(CaseState.WAITING_ON_CUSTOMER, waiting.state());
        assertEquals(SlaClock.State.PAUSED, waiting.resolutionState());
        assertNotNull(waiting.firstResponseAt(), "the request for information is the first response");

        // three days pass while waiting: the 24 h resolution clock does not move, so nothing escalates
        sweep.runDue(Instant.now().plus(Duration.ofDays(3)));
        assertEquals(CaseState.WAITING_ON_CUSTOMER, cases.get(agent, c.ticket()).state());

        CaseView answered = cases.customerReply(exchange, c.ticket(), "Here it is: 0xabc");
        assertEquals(CaseState.OPEN, answered.state());
        assertEquals(SlaClock.State.RUNNING, answered.resolutionState());
    }

    @Test
    void aResolvedCaseReopensWhenTheCustomerAnswersAndClosesAfterFourteenQuietDays() {
        CaseView c = open(account(), "P3");
        CaseView v = cases.get(agent, c.ticket());
        cases.reply(agent, c.ticket(), v.version(), "RESOLUTION", "We released the withdrawal.");
        v = cases.get(agent, c.ticket());
        assertThrows(RuleViolation.class, () -> cases.change(agent, c.ticket(), cases.get(agent, c.ticket()).version(),
                new CaseChange(null, false, null, null, null, null, CaseState.RESOLVED, null, null, null)),
                "resolving needs an outcome");
        CaseView resolved = cases.change(agent, c.ticket(), v.version(),
                new CaseChange(null, false, null, null, null, null, CaseState.RESOLVED, CaseOutcome.IN_CUSTOMER_FAVOUR, null, null));
        assertEquals(CaseState.RESOLVED, resolved.state());

        CaseView reopened = cases.customerReply(exchange, c.ticket(), "It arrived only partly.");
        assertEquals(CaseState.OPEN, reopened.state());
        assertEquals(1, reopened.reopened());
        assertNull(reopened.outcome());

        CaseView again = cases.change(agent, c.ticket(), reopened.version(),
                new CaseChange(null, false, null, null, null, null, CaseState.RESOLVED, CaseOutcome.PARTIALLY_IN_FAVOUR, null, null));
        sweep.runDue(again.resolvedAt().plus(Duration.ofDays(13)));
        assertEquals(CaseState.RESOLVED, cases.get(agent, c.ticket()).state());
        sweep.runDue(again.resolvedAt().plus(Duration.ofDays(14)).plusSeconds(1));
        assertEquals(CaseState.CLOSED, cases.get(agent, c.ticket()).state());

        // after closure an answer opens a new case linked to the old one
        CaseView followUp = cases.customerReply(exchange, c.ticket(), "Still missing 0.1 BTC.");
        assertNotEquals(c.ticket(), followUp.ticket());
        assertEquals(CaseState.NEW, followUp.state());
        assertTrue(cases.detail(agent, followUp.ticket()).links().stream().anyMatch(l -> l.target().equals(c.ticket())));
    }

    @Test
    void aComplaintCaseCountsAsComplaintActivityForTheRetaliationGuardAndAQuestionDoesNot() {
        String complaining = account();
        open(complaining, "P3");
        assertFalse(complaints.since(complaining, Instant.now().minus(Duration.ofDays(30))).isEmpty());

        String asking = account();
        cases.open(exchange, new NewCase("EMAIL", asking, null, null, "en", "How do I set up 2FA?", "Where is the setting?",
                "GENERAL", null, null, null, null));
        assertTrue(complaints.since(asking, Instant.now().minus(Duration.ofDays(30))).isEmpty());
    }
}
