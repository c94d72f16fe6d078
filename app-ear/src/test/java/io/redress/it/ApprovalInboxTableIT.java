package io.redress.it;

import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.AccountProfile;
import io.redress.accounts.domain.KycLevel;
import io.redress.it.support.RedressDeployment;
import io.redress.restrictions.api.ComplaintRecorded;
import io.redress.restrictions.api.PendingDecisions;
import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.application.RestrictionService.PendingRestriction;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.RestrictionRequest;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.TablePage;
import io.redress.shared.domain.TableQuery;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The approval inbox table counts, filters, sorts and pages in the database, and "only what I may decide" stays exact:
 * with more pending requests than a page, mixing what a supervisor may approve with their own requests, severe
 * measures, reasons for a compliance officer and customers who complained, every page holds exactly the requests
 * {@link RestrictionService#rights} lets them approve, and the home page's figure is the filter's count.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalInboxTableIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    @EJB
    AccountService accounts;
    @EJB
    RestrictionService restrictions;
    @Inject
    PendingDecisions pending;

    private final Actor exchange = new Actor("it-exchange", EnumSet.of(Role.INTEGRATION), "10.0.0.1");
    private final Actor agent = new Actor("it-agent-" + UUID.randomUUID(), EnumSet.of(Role.AGENT), "10.0.0.2");
    private final Actor supervisor = new Actor("it-sup-" + UUID.randomUUID(), EnumSet.of(Role.SUPERVISOR), "10.0.0.4");
    private final Actor compliance = new Actor("it-cmp-" + UUID.randomUUID(), EnumSet.of(Role.COMPLIANCE), "10.0.0.3");
    private String marker;

    @BeforeEach
    void marker() {
        marker = "INB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private String account() {
        String id = marker + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.mirror(exchange, id, new AccountProfile("inb" + id.substring(12), KycLevel.VERIFIED, "NL",
                LocalDate.of(2021, 1, 1), 0, List.of(), 0), null);
        return id;
    }

    private long request(Actor by, Measure measure, String reason) {
        RestrictionRequest r = measure == Measure.SUSPEND
                ? new RestrictionRequest(measure, reason, "Identity refresh ignored after three reminders.", List.of("RD-1"), null, 30, null)
                : new RestrictionRequest(measure, reason, "Identity refresh ignored after three reminders.", List.of("RD-1"), 30, null, null);
        return restrictions.request(by, account(), r).id();
    }

    private TablePage<PendingRestriction> page(Actor actor, boolean mine, int first, String sort, boolean desc) {
        return restrictions.inboxTable(actor, mine, new TableQuery(first, 25, sort, desc, Map.of("account", marker.toLowerCase())));
    }

    private static List<Long> ids(TablePage<PendingRestriction> page) {
        return page.rows().stream().map(p -> p.restriction().id()).toList();
    }

    @Test
    void onlyWhatIMayDecideIsCountedAndPagedExactlyPastTheFirstPage() {
        Set<Long> decidable = new HashSet<>();
        for (int i = 0; i < 27; i++) {
            decidable.add(request(agent, Measure.WITHDRAW_ONLY, "KYC_REFRESH_OVERDUE"));
        }
        List<Long> others = new ArrayList<>();
        others.add(request(supervisor, Measure.WITHDRAW_ONLY, "KYC_REFRESH_OVERDUE")); // their own
        others.add(request(supervisor, Measure.WITHDRAW_ONLY, "KYC_REFRESH_OVERDUE"));
        others.add(request(agent, Measure.SUSPEND, "KYC_REFRESH_OVERDUE")); // severe: a compliance officer
        others.add(request(agent, Measure.WITHDRAW_ONLY, "MARKET_MANIPULATION")); // the reason needs a compliance officer
        for (int i = 0; i < 2; i++) { // the customer complained: the retaliation guard wants a compliance officer
            String complained = account();
            restrictions.recordComplaint(exchange, complained, ComplaintRecorded.Kind.PUBLIC_POST,
                    "https://x.example/p/" + UUID.randomUUID(), Instant.now().minusSeconds(3600));
            others.add(restrictions.request(agent, complained, new RestrictionRequest(Measure.WITHDRAW_ONLY, "KYC_REFRESH_OVERDUE",
                    "Identity refresh ignored after three reminders.", List.of("RD-1"), 30, null, null)).id());
        }

        TablePage<PendingRestriction> all = page(supervisor, false, 0, null, false);
        assertEquals(33, all.total(), "every pending request of the marker");
        assertEquals(25, all.rows().size());
        assertEquals(8, page(supervisor, false, 25, null, false).rows().size());

        TablePage<PendingRestriction> first = page(supervisor, true, 0, null, false);
        TablePage<PendingRestriction> second = page(supervisor, true, 25, null, false);
        assertEquals(27, first.total(), "the count is what the supervisor may approve");
        assertEquals(27, second.total());
        assertEquals(25, first.rows().size());
        assertEquals(2, second.rows().size(), "the last page holds the rest");
        Set<Long> listed = new HashSet<>(ids(first));
        listed.addAll(ids(second));
        assertEquals(decidable, listed, "the pages hold exactly the supervisor's requests to decide, none twice");
        first.rows().forEach(p -> assertTrue(restrictions.rights(supervisor, p).mayApprove(), "Approve offered: " + p));

        // the database's filter and the rule the Approve button applies agree row by row
        List<PendingRestriction> everyRow = new ArrayList<>(all.rows());
        everyRow.addAll(page(supervisor, false, 25, null, false).rows());
        for (PendingRestriction p : everyRow) {
            assertEquals(restrictions.rights(supervisor, p).mayApprove(), decidable.contains(p.restriction().id()),
                    "request " + p.restriction().id() + " " + p.restriction().measure() + " " + p.restriction().reasonCode());
            assertTrue(restrictions.rights(compliance, p).mayApprove(), "a compliance officer may approve them all");
        }
        assertEquals(33, page(compliance, true, 0, null, false).total(), "a compliance officer may approve every one");
        assertEquals(0, pending.waitingFor(agent).approvals(), "an agent approves nothing");

        // the home page's figure is the filter's count (nothing else of the marker's)
        assertEquals(restrictions.inboxTable(supervisor, true, TableQuery.firstPage(25)).total(),
                pending.waitingFor(supervisor).approvals());
        assertEquals(restrictions.inboxTable(compliance, true, TableQuery.firstPage(25)).total(),
                pending.waitingFor(compliance).approvals());
    }

    @Test
    void theInboxSortsAndFiltersInTheDatabase() {
        long mild = request(agent, Measure.WITHDRAW_ONLY, "KYC_REFRESH_OVERDUE");
        long severe = request(agent, Measure.SUSPEND, "KYC_REFRESH_OVERDUE");
        long fraud = request(agent, Measure.WITHDRAW_ONLY, "MARKET_MANIPULATION");

        assertEquals(List.of(mild, severe, fraud), ids(page(compliance, false, 0, null, false)), "oldest request first");
        assertEquals(List.of(fraud, severe, mild), ids(page(compliance, false, 0, "requestedAt", true)));
        TablePage<PendingRestriction> byRole = page(compliance, false, 0, "approverRole", false);
        assertEquals(List.of(Role.COMPLIANCE, Role.COMPLIANCE, Role.SUPERVISOR),
                byRole.rows().stream().map(PendingRestriction::approverRoleNeeded).toList(), "COMPLIANCE before SUPERVISOR");
        assertEquals(mild, ids(page(compliance, false, 0, "approverRole", true)).get(0));
        assertEquals(List.of(severe), ids(restrictions.inboxTable(compliance, false, new TableQuery(0, 25, "measure", false,
                Map.of("account", marker, "measure", "SUSPEND")))), "the measure exactly");
        assertEquals(List.of(fraud), ids(restrictions.inboxTable(compliance, false, new TableQuery(0, 25, null, false,
                Map.of("account", marker, "reason", "market manip")))), "the reason's title, in any case");
        assertEquals(List.of(mild, severe), ids(restrictions.inboxTable(compliance, false, new TableQuery(0, 25, "id", false,
                Map.of("account", marker, "reason", "kyc_refresh")))), "the reason's code");
        assertEquals(0, restrictions.inboxTable(compliance, false, new TableQuery(0, 25, null, false,
                Map.of("account", marker, "measure", "NO_SUCH"))).total());
    }
}
