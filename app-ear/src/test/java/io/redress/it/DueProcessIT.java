package io.redress.it;

import io.redress.accounts.api.AccountStatus;
import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.AccountProfile;
import io.redress.accounts.domain.KycLevel;
import io.redress.audit.application.AuditLog;
import io.redress.audit.domain.AuditQuery;
import io.redress.it.support.RedressDeployment;
import io.redress.restrictions.application.AppealService;
import io.redress.restrictions.application.DecisionService;
import io.redress.restrictions.application.DueProcess;
import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.domain.AccountDecision;
import io.redress.restrictions.domain.Action;
import io.redress.restrictions.domain.AppealView;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.RestrictionRequest;
import io.redress.restrictions.domain.RestrictionState;
import io.redress.restrictions.domain.RestrictionView;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What time makes due: closing at the end of the window, alerting when positions are still open, ending
 * temporary measures, flagging overdue appeals; each exactly once. Time is moved by asking the due process
 * to run "as of" a later instant, the same entry point the 15-second timer calls with the clock's now.
 */
@ExtendWith(ArquillianExtension.class)
class DueProcessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    @EJB
    AccountService accounts;
    @EJB
    RestrictionService restrictions;
    @EJB
    AppealService appeals;
    @Inject
    DecisionService decisions;
    @EJB
    DueProcess due;
    @EJB
    AuditLog auditLog;
    @Resource(lookup = "java:app/jdbc/redress")
    DataSource dataSource;

    private final Actor exchange = new Actor("it-exchange", EnumSet.of(Role.INTEGRATION), "10.0.0.1");
    private final Actor agent = new Actor("it-agent-" + UUID.randomUUID(), EnumSet.of(Role.AGENT), "10.0.0.2");
    private final Actor compliance = new Actor("it-compliance-" + UUID.randomUUID(), EnumSet.of(Role.COMPLIANCE), "10.0.0.3");
    private final Actor supervisor = new Actor("it-supervisor-" + UUID.randomUUID(), EnumSet.of(Role.SUPERVISOR), "10.0.0.4");
    private final Actor auditor = new Actor("it-auditor", EnumSet.of(Role.AUDITOR), "10.0.0.5");

    private String account(int openPositions) {
        String id = "DUE-" + UUID.randomUUID().toString().substring(0, 10);
        accounts.mirror(exchange, id, new AccountProfile("due" + id.substring(4, 10), KycLevel.VERIFIED, "NL",
                LocalDate.of(2021, 1, 1), 0, List.of(), openPositions), null);
        return id;
    }

    private RestrictionView closeApproved(String account, int windowDays) {
        RestrictionView r = restrictions.request(agent, account, new RestrictionRequest(Measure.CLOSE, "CUSTOMER_REQUEST",
                "The customer asked in writing to close the account.", List.of("ticket RD-CLOSE"), windowDays, null, null));
        return restrictions.approve(compliance, r.id(), null, "as requested", null);
    }

    private long auditCount(String action, String entityId) {
        return auditLog.search(auditor, new AuditQuery(null, action, null, entityId, null, null, null), 0, 50).items().size();
    }

    @Test
    void aClosureCompletesWhenItsWindowEndsAndOnlyOnce() {
        String account = account(0);
        RestrictionView close = closeApproved(account, 30);
        assertEquals(AccountStatus.WITHDRAW_ONLY, decisions.decide(exchange, account, Action.LOGIN, null).status());

        due.runDue(close.windowEndsAt().minusSeconds(1));
        assertEquals(AccountStatus.WITHDRAW_ONLY, decisions.decide(exchange, account, Action.LOGIN, null).status(), "not yet");

        DueProcess.Report report = due.runDue(close.windowEndsAt().plusSeconds(1));
        assertTrue(report.closed() >= 1);
        AccountDecision login = decisions.decide(exchange, account, Action.LOGIN, null);
        assertEquals(AccountStatus.CLOSED, login.status());
        assertFalse(login.allowed());
        assertFalse(decisions.decide(exchange, account, Action.WITHDRAW, null).allowed());

        due.runDue(close.windowEndsAt().plusSeconds(60));
        due.runDue(close.windowEndsAt().plus(Duration.ofDays(1)));
        assertEquals(1, auditCount("ACCOUNT_CLOSED", Long.toString(close.id())), "the timer never fires twice");
    }

    @Test
    void openPositionsKeepTheAccountWithdrawOnlyAndAlertASupervisorOnce() throws Exception {
        String account = account(3);
        RestrictionView close = closeApproved(account, 30);
        DueProcess.Report report = due.runDue(close.windowEndsAt().plusSeconds(1));
        assertTrue(report.closeBlocked() >= 1);
        assertEquals(AccountStatus.WITHDRAW_ONLY, decisions.decide(exchange, account, Action.LOGIN, null).status());
        due.runDue(close.windowEndsAt().plusSeconds(30));
        assertEquals(1, alerts("CLOSE_BLOCKED_OPEN_POSITIONS", "restriction:" + close.id()), "alerted once");
        assertTrue(restrictions.get(agent, close.id()).closeBlocked());

        // the customer closes the positions; the exchange mirrors it; the next run closes the account
        accounts.mirror(exchange, account, new AccountProfile("due" + account.substring(4, 10), KycLevel.VERIFIED, "NL",
                LocalDate.of(2021, 1, 1), 0, List.of(), 0), null);
        due.runDue(close.windowEndsAt().plusSeconds(60));
        assertEquals(AccountStatus.CLOSED, decisions.decide(exchange, account, Action.LOGIN, null).status());
    }

    @Test
    void aTemporaryMeasureEndsByItselfAndTheAccountIsActiveAgain() {
        String account = account(0);
        RestrictionView r = restrictions.request(agent, account, new RestrictionRequest(Measure.SUSPEND, "ACCOUNT_COMPROMISE_LOCK",
                "Logins from three new countries within an hour.", List.of("security alert SA-7"), null, 2, null));
        RestrictionView approved = restrictions.approve(compliance, r.id(), null, null, null);
        assertEquals(AccountStatus.SUSPENDED, decisions.decide(exchange, account, Action.LOGIN, null).status());
        due.runDue(approved.endsAt().plusSeconds(1));
        assertEquals(RestrictionState.EXPIRED, restrictions.get(agent, r.id()).state());
        assertTrue(decisions.decide(exchange, account, Action.TRADE, null).allowed());
        due.runDue(approved.endsAt().plusSeconds(100));
        assertEquals(1, auditCount("RESTRICTION_EXPIRED", Long.toString(r.id())));
    }

    @Test
    void anAppealPastItsDeadlineAlertsASupervisorOnce() throws Exception {
        String account = account(0);
        RestrictionView r = restrictions.request(agent, account, new RestrictionRequest(Measure.WITHDRAW_ONLY,
                "KYC_REFRESH_OVERDUE", "Three refresh requests went unanswered.", List.of("ticket RD-5"), 14, null, null));
        restrictions.approve(supervisor, r.id(), null, null, null);
        AppealView appeal = appeals.file(exchange, r.id(), "I sent the documents by post.");
        due.runDue(appeal.deadline().minusSeconds(5));
        assertFalse(appeals.get(agent, appeal.id()).deadlineBreached());
        due.runDue(appeal.deadline().plusSeconds(5));
        due.runDue(appeal.deadline().plusSeconds(50));
        assertTrue(appeals.get(agent, appeal.id()).deadlineBreached());
        assertEquals(1, alerts("APPEAL_DEADLINE_BREACHED", "appeal:" + appeal.id()));
    }

    @Test
    void dueWorkIsReadFromTheDatabaseSoARestartedServerFindsIt() throws Exception {
        // The timer keeps no state of its own: a closure due while the server was down is found by the first run
        // after start, because it is a row (approved CLOSE, window ended, not completed), not a scheduled timer.
        String account = account(0);
        RestrictionView close = closeApproved(account, 30);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM restriction WHERE id = ? AND state = 'APPROVED'"
                     + " AND measure = 'CLOSE' AND completed_at IS NULL AND window_ends_at IS NOT NULL")) {
            ps.setLong(1, close.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the pending closure is persisted state");
            }
        }
        due.runDue(close.windowEndsAt().plus(Duration.ofDays(3)));
        assertEquals(AccountStatus.CLOSED, decisions.decide(exchange, account, Action.LOGIN, null).status(),
                "work that became due long ago (e.g. during downtime) is done at the next run");
    }

    private int alerts(String kind, String reference) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM alert WHERE kind = ? AND subject = ? AND must_act = 'SUPERVISOR'")) {
            ps.setString(1, kind);
            ps.setString(2, reference);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
