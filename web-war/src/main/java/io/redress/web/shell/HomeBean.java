package io.redress.web.shell;

import io.redress.alerts.api.OpenAlerts;
import io.redress.alerts.api.OpenAlerts.AlertCounts;
import io.redress.claims.api.PendingClaims;
import io.redress.cases.api.AssignedCases;
import io.redress.cases.api.AssignedCases.SlaCounts;
import io.redress.incidents.api.PendingActions;
import io.redress.restrictions.api.PendingDecisions;
import io.redress.restrictions.api.PendingDecisions.DecisionCounts;
import io.redress.screening.application.Investigations;
import io.redress.screening.domain.ReportDeadline;
import io.redress.security.CurrentActor;
import io.redress.shared.application.SystemStatus;
import io.redress.shared.application.SystemStatus.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The start page is the signed-in person's work: their open cases by SLA state, the approvals (restriction requests, incidents' bulk
 * actions, claim decisions, reason versions) and appeals waiting for them, the alerts of their roles, compliance's investigations by deadline (screening's own count). Each number is one count a context answers through its api; the page shows a
 * number only to whom its permission concerns, and links it to the list it counts.
 */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    SystemStatus status;
    @Inject
    CurrentActor actor;
    @Inject
    AssignedCases cases;
    @Inject
    PendingDecisions decisions;
    @Inject
    OpenAlerts alerts;
    @Inject
    Investigations screening;
    @Inject
    PendingActions bulkActions;
    @Inject
    PendingClaims claims;

    private Readiness readiness;
    private SlaCounts myCases;
    private DecisionCounts waiting;
    private AlertCounts openAlerts;
    private ReportDeadline.Counts investigations;
    private Long bulkActionsWaiting;
    private Long claimsWaiting;

    public Readiness getReadiness() {
        if (readiness == null) {
            readiness = status.readiness();
        }
        return readiness;
    }

    public SlaCounts getMyCases() {
        if (myCases == null) {
            myCases = cases.openAssignedTo(actor.get());
        }
        return myCases;
    }

    public DecisionCounts getWaiting() {
        if (waiting == null) {
            waiting = decisions.waitingFor(actor.get());
        }
        return waiting;
    }

    /** Incidents' bulk actions the person may approve: requested by someone else, not yet decided. */
    public long getBulkActions() {
        if (bulkActionsWaiting == null) {
            bulkActionsWaiting = bulkActions.awaitingApproval(actor.get());
        }
        return bulkActionsWaiting;
    }

    /** Claim decisions the person may approve now: four eyes and their approval limit, as the approval checks them. */
    public long getClaims() {
        if (claimsWaiting == null) {
            claimsWaiting = claims.awaitingApproval(actor.get());
        }
        return claimsWaiting;
    }

    /** Compliance's investigations awaiting an outcome, near their report deadline and past it. */
    public ReportDeadline.Counts getInvestigations() {
        if (investigations == null) {
            investigations = screening.deadlines(actor.get());
        }
        return investigations;
    }

    public AlertCounts getAlerts() {
        if (openAlerts == null) {
            openAlerts = alerts.visibleTo(actor.get());
        }
        return openAlerts;
    }
}
