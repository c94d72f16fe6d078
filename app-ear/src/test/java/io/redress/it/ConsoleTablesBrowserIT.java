package io.redress.it;

import static io.redress.it.support.Restrictions.body;
import static io.redress.it.support.Restrictions.newAccount;
import static io.redress.it.support.Restrictions.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Browser;
import io.redress.it.support.ConsoleTable;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.PageChecks;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's tables as in any mature console: pages counted by the server ("26-27 of 27"), a column sorted by a click,
 * a column filter narrowing the count, the queue most urgent first with "my cases" and "needs my role", the approval
 * inbox narrowed to what the signed-in person may decide. Each test filters by a marker of its own, so rows other tests
 * leave do not change the counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleTablesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private static String marker(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Opens a case as the exchange does; answers it as the API returns it. */
    private static JsonObject openCase(Api exchange, String subject, String category, String priority) {
        Reply r = exchange.post("cases", """
                {"channel":"EMAIL","customerName":"Mei","customerContact":"mei@example.org","language":"en",
                 "subject":"%s","description":"Tables test.","category":"%s","priority":"%s"}""".formatted(subject, category, priority));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static ConsoleTable queueFilteredBy(Browser b, String text) {
        b.find("[id='filters:text']").sendKeys(text);
        b.find("[id='filters:apply']").click();
        ConsoleTable.untilIdle(b); // the most urgent cases show before the filter answers
        b.waitForText("[id='filters:cases']", text);
        return ConsoleTable.of(b, "filters:cases");
    }

    @Test
    void theQueuePagesSortsAndFiltersOnTheServerAndThePagerCountsWhatTheFilterHolds() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String marker = marker("Tbl");
        List<String> tickets = new ArrayList<>();
        for (int i = 1; i <= 27; i++) {
            tickets.add(openCase(exchange, marker + " no. " + i, "GENERAL", "P3").getString("ticket"));
        }
        Collections.sort(tickets);
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("tables-queue")) {
            b.go("app/cases/queue.xhtml");
            b.signIn(agent.username(), agent.password());
            ConsoleTable queue = queueFilteredBy(b, marker);
            queue.untilReport("1-25 of 27");
            assertEquals(25, queue.rows().size());
            queue.nextPage().untilReport("26-27 of 27");
            assertEquals(2, queue.rows().size());

            queue.sortBy("Ticket").untilFirst(0, tickets.get(0));
            queue.untilReport("1-25 of 27"); // a new sort starts at the first page
            queue.sortBy("Ticket").untilFirst(0, tickets.get(26));

            queue.filter("subjectFilter", marker + " no. 2").untilReport("1-9 of 9"); // 2 and 20 to 27
            assertTrue(queue.rows().stream().allMatch(r -> r.contains(marker + " no. 2")), queue.rows().toString());
            assertEquals(List.of(), PageChecks.unlabelledInputs(b), "the column filters are labelled");
            b.screenshot("queue-table-filtered");

            queue.filter("subjectFilter", "").untilReport("1-25 of 27"); // the count follows the filter back
        }
    }

    @Test
    void theQueueShowsTheNearestSlaBreachFirstNotTheOldestCase() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String marker = marker("Sla");
        String relaxed = openCase(exchange, marker + " question", "GENERAL", "P4").getString("ticket");  // due in a day
        String urgent = openCase(exchange, marker + " locked out", "GENERAL", "P1").getString("ticket"); // due in 15 minutes
        String middle = openCase(exchange, marker + " deposit", "GENERAL", "P2").getString("ticket");   // due in an hour
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("tables-sla")) {
            b.go("app/cases/queue.xhtml");
            b.signIn(agent.username(), agent.password());
            ConsoleTable queue = queueFilteredBy(b, marker).untilReport("1-3 of 3");
            assertEquals(List.of(urgent, middle, relaxed), queue.column(0), "most urgent first, though opened after the others");
            queue.sortBy("SLA").untilFirst(0, relaxed); // the SLA column sorted the other way round
            assertEquals(List.of(relaxed, middle, urgent), queue.column(0));
        }
    }

    @Test
    void myCasesAndNeedsMyRoleNarrowTheQueue() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Credentials agent = Api.newStaff("AGENT");
        String marker = marker("Mine");
        JsonObject frontline = openCase(exchange, marker + " frontline", "GENERAL", "P3");
        String security = openCase(exchange, marker + " takeover", "ACCOUNT_SECURITY", "P3").getString("ticket");
        String other = openCase(exchange, marker + " other", "GENERAL", "P3").getString("ticket");
        Reply assigned = Api.as(agent).post("cases/" + frontline.getString("ticket") + "/changes",
                "{\"version\":%d,\"assignee\":\"%s\"}".formatted(frontline.getJsonNumber("version").longValue(), agent.username()));
        assertEquals(200, assigned.status(), assigned.body());

        try (Browser b = Browser.open("tables-mine")) {
            b.go("app/cases/queue.xhtml");
            b.signIn(agent.username(), agent.password());
            ConsoleTable queue = queueFilteredBy(b, marker).untilReport("1-3 of 3");

            ConsoleTable.tick(b, "filters:needsMyRole");
            b.find("[id='filters:apply']").click();
            queue.untilReport("1-2 of 2");
            assertFalse(String.join("\n", queue.rows()).contains(security), "the security queue is not an agent's: " + queue.rows());

            ConsoleTable.tick(b, "filters:mine");
            b.find("[id='filters:apply']").click();
            queue.untilReport("1-1 of 1");
            assertEquals(List.of(frontline.getString("ticket")), queue.column(0));
            assertFalse(String.join("\n", queue.rows()).contains(other));
            b.screenshot("queue-my-cases-my-role");
        }
    }

    @Test
    void theApprovalInboxNarrowsToWhatTheSignedInPersonMayDecide() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api agent = Api.as(Api.newStaff("AGENT"));
        Credentials supervisor = Api.newStaff("SUPERVISOR");
        String theirs = newAccount(exchange, 0);
        String own = newAccount(exchange, 0);
        long decidable = request(agent, theirs, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
        long ownRequest = request(Api.as(supervisor), own, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));

        try (Browser b = Browser.open("tables-inbox")) {
            b.go("app/restrictions/inbox.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            ConsoleTable inbox = ConsoleTable.of(b, "inbox:pending");
            inbox.filter("accountFilter", own).untilReport("1-1 of 1");
            assertEquals(List.of(Long.toString(ownRequest)), inbox.column(0), "the column filter finds the account's request");

            ConsoleTable.tick(b, "inbox:mine");
            b.waitForText("[id='inbox:pending']", "Nothing waits for approval.");
            assertTrue(inbox.rows().isEmpty(), "nobody decides their own request: " + inbox.rows());

            inbox.filter("accountFilter", theirs).untilReport("1-1 of 1");
            assertEquals(List.of(Long.toString(decidable)), inbox.column(0), "another person's request, a role the supervisor holds");
            assertEquals(List.of(), PageChecks.unlabelledInputs(b), "the filters are labelled");
            b.screenshot("inbox-only-mine");
        }
    }

    @Test
    void thePostsInboxPagesPastTheFirstHundredRowsAndSortsAndFiltersByAuthor() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String tag = marker("tb").toLowerCase();
        for (int i = 1; i <= 27; i++) {
            Reply r = exchange.post("public-posts", """
                    {"platform":"x","url":"https://x.com/%s/status/%d","authorHandle":"%s%02d",
                     "text":"Table post %d","reach":%d,"postedAt":"%s"}"""
                    .formatted(tag, i, tag, i, i, i, Instant.now().minus(i, ChronoUnit.MINUTES)));
            assertEquals(201, r.status(), r.body());
        }
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("tables-posts")) {
            b.go("app/posts/inbox.xhtml");
            b.signIn(agent.username(), agent.password());
            ConsoleTable posts = ConsoleTable.of(b, "inbox:posts");
            posts.filter("authorFilter", tag).untilReport("1-25 of 27");
            posts.nextPage().untilReport("26-27 of 27");

            posts.sortBy("Author").untilFirst(1, "@" + tag + "01 x · 1");
            posts.sortBy("Author").untilFirst(1, "@" + tag + "27 x · 27");
            posts.filter("textFilter", "post 1").untilReport("1-11 of 11"); // 1 and 10 to 19
            assertEquals(List.of(), PageChecks.unlabelledInputs(b), "the column filters are labelled");
        }
    }

    @Test
    void theAuditLogCountsWhatTheSearchFindsAndPagesAndSortsOnTheServer() throws Exception {
        Credentials integration = Api.newStaff("INTEGRATION");
        Api exchange = Api.as(integration);
        String marker = marker("Aud");
        List<String> tickets = new ArrayList<>();
        for (int i = 1; i <= 27; i++) {
            tickets.add(openCase(exchange, marker + " no. " + i, "GENERAL", "P3").getString("ticket"));
        }
        Credentials auditor = Api.newStaff("AUDITOR");

        try (Browser b = Browser.open("tables-audit")) {
            b.go("app/audit/log.xhtml");
            b.signIn(auditor.username(), auditor.password());
            b.find("[id='log:text']").sendKeys(integration.username());
            b.find("[id='log:action']").sendKeys("CASE_OPENED");
            b.find("[id='log:go']").click();
            ConsoleTable log = ConsoleTable.of(b, "log:entries").untilReport("1-25 of 27");
            assertTrue(log.rows().get(0).contains(tickets.get(26)), "newest first: " + log.rows().get(0));
            log.nextPage().untilReport("26-27 of 27");

            log.sortBy("When (UTC)").untilReport("1-25 of 27");
            log.untilFirstRowContains(tickets.get(0)); // the oldest first
            assertEquals(List.of(), PageChecks.unlabelledInputs(b), "audit search");
        }
    }

    @Test
    void theCampaignsListIsPagedAndSortedOnTheServer() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long campaign = 0;
        for (int i = 0; i < 3; i++) {
            Reply r = exchange.post("public-posts", """
                    {"platform":"x","url":"https://x.com/tc%s%d/status/1","authorHandle":"tc%s%d",
                     "text":"Everyone withdraw now, this exchange is insolvent and hiding it %s","reach":90,"postedAt":"%s"}"""
                    .formatted(tag, i, tag, i, tag, Instant.now().minus(10 - i, ChronoUnit.MINUTES)));
            assertEquals(201, r.status(), r.body());
            if (r.json().getJsonObject("post").containsKey("campaignId")) {
                campaign = r.json().getJsonObject("post").getJsonNumber("campaignId").longValue();
            }
        }
        assertTrue(campaign > 0, "three handles, one text: a campaign");
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("tables-campaigns")) {
            b.go("app/posts/campaign.xhtml");
            b.signIn(agent.username(), agent.password());
            ConsoleTable campaigns = ConsoleTable.of(b, "list:campaigns");
            assertTrue(campaigns.report().matches("1-\\d+ of \\d+"), campaigns.report());
            campaigns.sortBy("Campaign");
            b.waitForText("[id='list:campaigns'] th.ui-state-active", "Campaign");
            long oldest = Long.parseLong(campaigns.column(0).get(0));
            assertTrue(oldest <= campaign, oldest + " first, ascending");
            campaigns.sortBy("Campaign").untilFirst(0, Long.toString(campaign)); // the newest first
        }
    }

    @Test
    void theAccountsSearchPagesCountsSortsAndFiltersByJurisdiction() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String handle = marker("tbacc").toLowerCase();
        for (int i = 1; i <= 23; i++) {
            Reply r = exchange.put("accounts/TB-" + handle + "-" + i, """
                    {"handle":"%s%02d","kycLevel":"VERIFIED","jurisdiction":"%s","customerSince":"2020-02-02",
                     "openDerivativesPositions":0}""".formatted(handle, i, i <= 5 ? "JP" : "DE"));
            assertEquals(201, r.status(), r.body());
        }
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("tables-accounts")) {
            b.go("app/accounts/search.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("[id='search:query']").sendKeys(handle);
            b.find("[id='search:go']").click();
            ConsoleTable accounts = ConsoleTable.of(b, "search:results").untilReport("1-20 of 23");
            accounts.nextPage().untilReport("21-23 of 23");
            accounts.sortBy("Handle").untilFirst(1, handle + "01");
            accounts.sortBy("Handle").untilFirst(1, handle + "23");
            accounts.filter("jurisdictionFilter", "jp").untilReport("1-5 of 5");
            assertEquals(List.of(), PageChecks.unlabelledInputs(b), "the column filter is labelled");
        }
    }
}
