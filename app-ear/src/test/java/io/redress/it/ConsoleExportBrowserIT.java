package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Browser;
import io.redress.it.support.ConsoleTable;
import io.redress.it.support.CsvRows;
import io.redress.it.support.Fixtures.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The CSV buttons, clicked in a real browser: each file holds the values its table shows (not EL placeholders, markup
 * or component names), every row of the filter (not the page on screen), a header, and UTF-8 a spreadsheet opens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleExportBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    @Test
    void theQueueExportHoldsEveryCaseOfTheFilterNotOnlyThePageOnScreen() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String marker = "Export" + UUID.randomUUID().toString().substring(0, 6);
        int cases = 27; // more than one page of 25
        Set<String> tickets = new HashSet<>();
        for (int i = 0; i < cases; i++) {
            Reply r = exchange.post("cases", """
                    {"channel":"EMAIL","customerName":"Kenji","language":"ja","subject":"%s 入金が反映されない, no. %d",
                     "description":"Deposit not credited.","category":"FUNDS_HOLD","priority":"P3"}""".formatted(marker, i));
            assertEquals(201, r.status(), r.body());
            tickets.add(r.json().getString("ticket"));
        }
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("export-queue")) {
            b.go("app/cases/queue.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("[id='filters:text']").sendKeys(marker);
            b.find("[id='filters:apply']").click();
            ConsoleTable.untilIdle(b); // the queue shows the most urgent cases before the filter answers
            b.waitForText("[id='filters:cases']", marker);
            List<List<String>> rows = CsvRows.read(b.download("[id='filters:csv']"));
            assertTrue(b.lastDownloadName().startsWith("cases-") && b.lastDownloadName().endsWith(".csv"), b.lastDownloadName());

            assertEquals(List.of("Ticket", "Subject", "Priority", "State", "Queue", "Category", "Assignee", "Opened", "SLA"),
                    rows.get(0));
            assertEquals(cases, rows.size() - 1, "every case of the filter, both pages: " + rows);
            Set<String> exported = new HashSet<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                exported.add(row.get(0));
                assertTrue(row.get(1).startsWith(marker + " 入金が反映されない, no. "), "Japanese and the comma intact: " + row);
                assertEquals("P3", row.get(2));
                assertEquals("NEW", row.get(3));
                assertTrue(row.get(7).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC"), "the time in UTC, saying so: " + row);
                assertTrue(row.get(8).startsWith("RUNNING"), row.toString());
            }
            assertEquals(tickets, exported);
            b.find("[id='filters:cases'] .ui-paginator-current"); // the page is still there after the download
        }
    }

    @Test
    void theDashboardExportsHoldTheNumbersTheTablesShow() throws Exception {
        Credentials supervisor = Api.newStaff("SUPERVISOR");
        try (Browser b = Browser.open("export-dashboard")) {
            b.go("app/cases/dashboard.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            b.find("[id='funnelForm:funnel']");

            byte[] funnelFile = b.download("[id='funnelForm:csv']");
            assertFalse(new String(funnelFile, StandardCharsets.UTF_8).contains("#{"), "values, not EL placeholders");
            List<List<String>> funnel = CsvRows.read(funnelFile);
            assertEquals(List.of("Day (UTC)", "Tickets opened", "Solved at first contact", "Escalated",
                    "Public complaints, matched", "Public complaints, unmatched"), funnel.get(0));
            assertEquals(14, funnel.size() - 1, "one row a day of the 14 shown");
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            List<String> todayRow = funnel.stream().filter(r -> r.get(0).equals(today)).findFirst().orElseThrow();
            String shown = b.find("[id='funnelForm:funnel']").getText();
            assertTrue(shown.contains(String.join(" ", todayRow)), "the CSV row " + todayRow + " is the row on screen:\n" + shown);

            List<List<String>> sla = CsvRows.read(b.download("[id='slaForm:csv']"));
            assertEquals("Priority", sla.get(0).get(0));
            String slaShown = b.find("[id='slaForm:sla']").getText();
            for (List<String> row : sla.subList(1, sla.size())) {
                assertTrue(row.get(0).matches("P[1-4]") && row.get(1).matches("\\d+") && row.get(4).matches("\\d+(\\.\\d)?"),
                        "numbers, not placeholders: " + row);
                assertTrue(slaShown.contains(String.join(" ", row.subList(0, 4)) + " " + row.get(4) + " %"),
                        "the row on screen: " + row + "\n" + slaShown);
            }

            List<List<String>> queues = CsvRows.read(b.download("[id='queueForm:csv']"));
            assertEquals("Queue", queues.get(0).get(0));
            for (List<String> row : queues.subList(1, queues.size())) {
                assertTrue(row.get(1).matches("\\d+") && row.get(2).matches("\\d+(\\.\\d)?"), "numbers: " + row);
            }

            List<List<String>> complaints = CsvRows.read(b.download("[id='complaintForm:csv']"));
            assertEquals("Category", complaints.get(0).get(0));
        }
    }

    @Test
    void thePostsExportHoldsTheTextAndTheClassificationNotMarkupOrComponentNames() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String handle = "csv" + UUID.randomUUID().toString().substring(0, 6);
        Reply r = exchange.post("public-posts", """
                {"platform":"x","url":"https://x.com/%s/status/7","authorHandle":"%s",
                 "text":"Sent my ETH to the wrong address, \\"support\\" never answers","reach":42,"postedAt":"%s"}"""
                .formatted(handle, handle, Instant.now().minus(2, ChronoUnit.MINUTES)));
        assertEquals(201, r.status(), r.body());
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("export-posts")) {
            b.go("app/posts/inbox.xhtml");
            b.signIn(agent.username(), agent.password());
            b.waitForText("[id='inbox:posts']", "@" + handle);
            byte[] file = b.download("[id='inbox:csv']");
            String raw = new String(file, StandardCharsets.UTF_8);
            assertFalse(raw.contains("CommandButton@") || raw.contains("<a ") || raw.contains("<span"), raw);
            List<List<String>> rows = CsvRows.read(file);
            assertEquals(List.of("Posted", "Author", "Platform", "Reach", "Text", "Link", "Customer account", "Campaign",
                    "Suggested", "Evidence", "Confirmed", "Confirmed by"), rows.get(0));
            List<String> row = rows.stream().filter(x -> x.get(1).equals(handle)).findFirst().orElseThrow(() -> new AssertionError(raw));
            assertEquals("x", row.get(2));
            assertEquals("42", row.get(3));
            assertEquals("Sent my ETH to the wrong address, \"support\" never answers", row.get(4));
            assertEquals("https://x.com/" + handle + "/status/7", row.get(5));
            assertEquals("USER_ERROR", row.get(8));
            assertTrue(row.get(9).contains("wrong address"), "the evidence of the suggestion: " + row);
        }
    }

    @Test
    void anAuditorFindsAnAccountsChangesOfADayReadsWhatChangedAndExportsThem() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String account = io.redress.it.support.Restrictions.newAccount(exchange, 0);
        Credentials security = Api.newStaff("SECURITY");
        Reply locked = Api.as(security).post("accounts/" + account + "/protective-lock",
                "{\"reason\":\"Customer reports a stolen phone with the app open.\"}");
        assertEquals(200, locked.status(), locked.body());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Credentials auditor = Api.newStaff("AUDITOR");

        try (Browser b = Browser.open("audit-search")) {
            b.go("app/audit/log.xhtml");
            b.signIn(auditor.username(), auditor.password());
            b.find("[id='log:from']").sendKeys("30/11/2026");
            b.find("[id='log:go']").click();
            b.waitForText("[id='log:from'] ~ .ui-message", "YYYY-MM-DD");

            b.find("[id='log:from']").clear();
            b.find("[id='log:from']").sendKeys(today);
            b.find("[id='log:to']").sendKeys(today);
            b.find("[id='log:account']").sendKeys(account);
            b.find("[id='log:text']").sendKeys("protective_lock"); // contained, in any case, underscore and all
            b.find("[id='log:go']").click();
            b.waitForText("[id='log:entries']", "Protective lock placed"); // the action in words, its code on hover
            String table = b.find("[id='log:entries']").getText();
            assertFalse(table.contains("Account copied from the exchange"), "only what the text names: " + table);
            String placedRow = "//tr[.//span[contains(@class,'rd-action') and @title='PROTECTIVE_LOCK_PLACED']]";
            assertEquals("protectiveLock", b.driver().findElement(By.xpath(placedRow + "//*[contains(@class,'rd-diff-field')]"))
                    .getText(), "the one field that changed: " + table);
            assertEquals("staff:" + security.username(), b.driver().findElement(By.xpath(placedRow
                    + "//ins[contains(@class,'rd-diff-new')]")).getText(), "its new value");

            byte[] file = b.download("[id='log:csv']");
            List<List<String>> rows = CsvRows.read(file);
            assertEquals("Reason", rows.get(0).get(7));
            List<String> placed = rows.stream().filter(r -> r.contains("PROTECTIVE_LOCK_PLACED")).findFirst()
                    .orElseThrow(() -> new AssertionError(rows.toString()));
            assertTrue(rows.stream().noneMatch(r -> r.contains("ACCOUNT_MIRRORED")), "only what the search found: " + rows);
            assertEquals("Customer reports a stolen phone with the app open.", placed.get(7));
            assertTrue(placed.get(8).contains("protectiveLock: staff:" + security.username()), placed.toString());

            b.find("[id='log:to']").clear();
            b.find("[id='log:to']").sendKeys(LocalDate.parse(today).minusDays(1).toString());
            b.find("[id='log:go']").click();
            b.waitForText("[id='log:to'] ~ .ui-message", "before the first");
        }
    }
}
