package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Browser;
import io.redress.it.support.ConsoleTable;
import io.redress.it.support.Fixtures.Credentials;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The case forms as an agent uses them: a save changes only what was changed and refuses a stale form, a form sent
 * twice opens one case, bad input is refused next to its field, a resolved case runs no clock; the posts review
 * pre-selects no kind the system did not suggest; the dashboard refuses a period it cannot show.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseFormsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    private static void choose(Browser b, String menuId, String value) {
        b.until(d -> ((JavascriptExecutor) d).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); if (!w) return false; w.selectValue(arguments[1]);"
                        + " if (w.triggerChange) { w.triggerChange(); } else { w.input.trigger('change'); } return true;",
                menuId, value));
    }

    private static String newCase(Api exchange, String subject) {
        Reply opened = exchange.post("cases", """
                {"channel":"EMAIL","customerName":"Ana","customerContact":"ana@example.org","language":"en","subject":"%s",
                 "description":"My deposit is not credited.","category":"FUNDS_HOLD","priority":"P3"}""".formatted(subject));
        assertEquals(201, opened.status(), opened.body());
        return opened.json().getString("ticket");
    }

    @Test
    void savingThePriorityAfterAskingForInformationKeepsTheCaseWaitingAndAStaleFormIsRefused() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String ticket = newCase(exchange, "Waiting " + UUID.randomUUID().toString().substring(0, 6));
        Credentials agent = Api.newStaff("AGENT");
        Api colleague = Api.as(Api.newStaff("AGENT"));

        try (Browser b = Browser.open("case-save-only-changes")) {
            b.go("app/cases/case.xhtml?ticket=" + ticket);
            b.signIn(agent.username(), agent.password());
            b.find("[id='settings:take']").click();
            b.waitForText("#state", "Open");

            choose(b, "compose:template", "REQUEST_INFORMATION");
            b.find("[id='compose:message']").sendKeys("Please send us the transaction hash of your deposit.");
            b.find("[id='compose:send']").click();
            b.waitForText("#state", "Waiting on customer");
            b.waitForText("[id='settings:state_label']", "Waiting on customer"); // the side panel shows it too

            choose(b, "settings:priority", "P1");
            b.find("[id='settings:save']").click();
            b.waitForText("[id='timeline']", "priority P3 · normal → P1 · urgent");
            jakarta.json.JsonObject after = colleague.get("cases/" + ticket).json().getJsonObject("c"); // staff read the detail
            assertEquals("WAITING_ON_CUSTOMER", after.getString("state"), "the save did not undo the request: " + after);
            assertEquals("P1", after.getString("priority"));
            assertFalse(b.find("[id='timeline']").getText().contains("Waiting on customer → Open"));

            // someone else changes the case while this page is open: this page's form is stale
            long version = colleague.get("cases/" + ticket).json().getJsonObject("c").getJsonNumber("version").longValue();
            Reply moved = colleague.post("cases/" + ticket + "/changes", "{\"version\":" + version + ",\"queue\":\"security\"}");
            assertEquals(200, moved.status(), moved.body());
            choose(b, "settings:priority", "P2");
            b.find("[id='settings:save']").click();
            b.waitForText("#messages", "was changed since this page was loaded");
            jakarta.json.JsonObject kept = colleague.get("cases/" + ticket).json().getJsonObject("c");
            assertEquals("P1", kept.getString("priority"), "the stale form was not applied");
            assertEquals("security", kept.getString("queue"), "and the colleague's change stands");
        }
    }

    @Test
    void anAssigneeWhoIsNoStaffMemberIsRefusedNextToTheField() throws Exception {
        String ticket = newCase(Api.as(Api.newStaff("INTEGRATION")), "Assign " + UUID.randomUUID().toString().substring(0, 6));
        Credentials agent = Api.newStaff("AGENT");
        Credentials other = Api.newStaff("AGENT");
        try (Browser b = Browser.open("case-assignee")) {
            b.go("app/cases/case.xhtml?ticket=" + ticket);
            b.signIn(agent.username(), agent.password());
            b.find("[id='settings:assignee']").sendKeys("nobody-" + UUID.randomUUID().toString().substring(0, 6));
            b.find("[id='settings:save']").click();
            b.waitForText("[id='settings:assigneeError']", "no active staff member");
            assertEquals("128", b.find("[id='settings:assignee']").getAttribute("maxlength"));

            b.find("[id='settings:assignee']").clear();
            b.find("[id='settings:assignee']").sendKeys(other.username());
            b.find("[id='settings:save']").click();
            b.waitForText("[id='timeline']", "assigned to " + other.username());
        }
    }

    @Test
    void aNewCaseFormSentAgainAfterBackOpensNoSecondCaseAndABadContactIsRefused() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        String account = io.redress.it.support.Restrictions.newAccount(Api.as(Api.newStaff("INTEGRATION")), 0);
        String subject = "Once " + UUID.randomUUID().toString().substring(0, 8);
        String ticket;
        try (Browser b = Browser.open("case-new-once")) {
            b.go("app/cases/new.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("[id='case:accountId']").sendKeys(account);
            b.find("[id='case:customerContact']").sendKeys("not-an-email");
            b.find("[id='case:subject']").sendKeys(subject);
            b.find("[id='case:description']").sendKeys("The customer called about a deposit.");
            assertEquals("200", b.find("[id='case:subject']").getAttribute("maxlength"), "the domain's limit, on the client too");
            b.find("[id='case:open']").click();
            b.waitForText("[id='case:customerContactError']", "e-mail address");

            b.go("app/cases/new.xhtml"); // a fresh form: Back below returns to this page, not to a POST's answer
            b.find("[id='case:accountId']").sendKeys(account);
            b.find("[id='case:customerContact']").sendKeys("ana@example.org");
            b.find("[id='case:subject']").sendKeys(subject);
            b.find("[id='case:description']").sendKeys("The customer called about a deposit.");
            b.find("[id='case:open']").click();
            b.waitForText("#ticket", "RD-");
            ticket = b.find("#ticket").getText();

            b.driver().navigate().back();
            b.find("[id='case:open']");
            boolean formKept = subject.equals(b.find("[id='case:subject']").getAttribute("value"));
            assertTrue(b.find("[id='case:open']").isEnabled(), "after Back the button works again, no endless spinner");
            b.find("[id='case:open']").click();
            if (formKept) {
                b.waitForText("#ticket", ticket);
                b.waitForText("#messages", "No second case was opened");
            } else {
                b.waitForText("[id='case:messages'], [id='case']", "required");
            }

            b.go("app/cases/queue.xhtml");
            b.find("[id='filters:text']").sendKeys(subject);
            b.find("[id='filters:apply']").click();
            ConsoleTable.untilIdle(b); // the queue shows the most urgent cases before the filter answers
            b.waitForText("[id='filters:cases']", ticket);
            assertEquals(1, b.driver().findElements(By.xpath("//*[@id='filters:cases']//a[starts-with(text(),'RD-')]")).size(),
                    "one case, one acknowledgement");
        }
    }

    @Test
    void resolvingWithoutAnOutcomeIsRefusedNextToItAndAResolvedCaseShowsNoRunningClock() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String ticket = newCase(exchange, "Resolved " + UUID.randomUUID().toString().substring(0, 6));
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("case-resolved-sla")) {
            b.go("app/cases/case.xhtml?ticket=" + ticket);
            b.signIn(agent.username(), agent.password());
            b.waitForText("#sla", "Running");
            choose(b, "settings:state", "RESOLVED");
            b.find("[id='settings:save']").click();
            b.waitForText("[id='settings:outcomeError']", "records its outcome"); // next to the field, not only at the top
            choose(b, "settings:outcome", "WITHDRAWN");
            b.find("[id='settings:save']").click();
            b.waitForText("#state", "Resolved");
            b.waitForText("#sla", "Met");
            assertFalse(b.find("#sla").getText().contains("Running"));
        }
    }

    @Test
    void aPostWithoutASuggestionPreselectsNoKind() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String handle = "calm" + UUID.randomUUID().toString().substring(0, 6);
        Reply r = exchange.post("public-posts", """
                {"platform":"x","url":"https://x.com/%s/status/3","authorHandle":"%s",
                 "text":"Lovely sunset over the harbour tonight","reach":3,"postedAt":"%s"}"""
                .formatted(handle, handle, Instant.now().minus(1, ChronoUnit.MINUTES)));
        assertEquals(201, r.status(), r.body());
        jakarta.json.JsonValue suggested = r.json().getJsonObject("post").get("suggestedKind");
        assertTrue(suggested == null || suggested == jakarta.json.JsonValue.NULL, "precondition: no suggestion " + r.body());
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("post-no-suggestion")) {
            b.go("app/posts/inbox.xhtml");
            b.signIn(agent.username(), agent.password());
            b.waitForText("[id='inbox:posts']", "@" + handle);
            b.driver().findElement(By.xpath("//tr[.//*[contains(text(),'@" + handle + "')]]//*[contains(@id,'review')]")).click();
            b.waitForText("[id='classify']", "Lovely sunset");
            b.waitForText("[id='classify:kind_label']", "Choose the kind");
            b.find("[id='classify:confirm']").click();
            b.waitForText("[id='classify:kindError']", "one of");
        }
    }

    @Test
    void anAgentFindsTheCustomerByTicketAndOpensANewCaseFromTheirPageWithTheCustomerFilledIn() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String account = io.redress.it.support.Restrictions.newAccount(exchange, 0);
        Reply opened = exchange.post("cases", """
                {"channel":"EMAIL","accountId":"%s","subject":"Withdrawal pending","description":"Pending for two days."}"""
                .formatted(account));
        assertEquals(201, opened.status(), opened.body());
        String ticket = opened.json().getString("ticket");
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("find-by-ticket")) {
            b.go("app/accounts/search.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("[id='search:query']").sendKeys(ticket.toLowerCase().replace("-", " ")); // as a customer reads it out
            b.find("[id='search:go']").click();
            b.until(d -> d.getCurrentUrl().contains("accounts/detail"));
            assertTrue(b.driver().getCurrentUrl().contains("id=" + account), b.driver().getCurrentUrl());
            b.waitForText("[id='cases']", ticket);

            b.find("[id$='new-case']").click();
            b.until(d -> d.getCurrentUrl().contains("cases/new"));
            assertEquals(account, b.find("[id='case:accountId']").getAttribute("value"), "the customer is filled in");
        }
    }

    @Test
    void thePostsInboxIsPagedNewestFirstAndPagesBackAndForth() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 1; i <= 26; i++) {
            Reply r = exchange.post("public-posts", """
                    {"platform":"x","url":"https://x.com/pg%s/status/%d","authorHandle":"pg%s%02d",
                     "text":"Paging post %d of the inbox test","reach":1,"postedAt":"%s"}"""
                    .formatted(tag, i, tag, i, i, Instant.now().minus(1, ChronoUnit.MINUTES)));
            assertEquals(201, r.status(), r.body());
        }
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("posts-paging")) {
            b.go("app/posts/inbox.xhtml");
            b.signIn(agent.username(), agent.password());
            b.waitForText("[id='inbox:posts']", "@pg" + tag + "26");
            String first = b.find("[id='inbox:posts']").getText();
            assertTrue(first.contains("@pg" + tag + "02"), "the 25 newest on the first page");
            assertFalse(first.contains("@pg" + tag + "01"), "the oldest is on the next page");
            assertEquals(25, b.driver().findElements(By.cssSelector("[id='inbox:posts_data'] > tr")).size());
            assertTrue(b.find("[id='inbox:posts'] .ui-paginator-prev").getAttribute("class").contains("ui-state-disabled"),
                    "no page before the first");

            b.find("[id='inbox:posts'] .ui-paginator-next").click();
            b.waitForText("[id='inbox:posts']", "@pg" + tag + "01");
            b.waitForText("[id='inbox:posts'] .ui-paginator-page.ui-state-active", "2");
            assertFalse(b.find("[id='inbox:posts']").getText().contains("@pg" + tag + "26"));

            b.find("[id='inbox:posts'] .ui-paginator-prev").click();
            b.waitForText("[id='inbox:posts']", "@pg" + tag + "26");
            b.waitForText("[id='inbox:posts'] .ui-paginator-page.ui-state-active", "1");
        }
    }

    @Test
    void theDashboardRefusesAPeriodItCannotShowWithAMessage() throws Exception {
        Credentials supervisor = Api.newStaff("SUPERVISOR");
        try (Browser b = Browser.open("dashboard-days")) {
            b.go("app/cases/dashboard.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            for (String days : new String[] {"0", "500"}) {
                org.openqa.selenium.WebElement before = b.find("[id='range:days']");
                before.clear();
                before.sendKeys(days);
                b.find("[id='range:refresh']").click();
                b.untilReplaced(before); // the page came back
                b.waitForText("[id='range:daysError']", "from 1 to 90");
                assertEquals(days, b.find("[id='range:days']").getAttribute("value"), "what was typed stays, with the message");
            }
        }
    }

    @Test
    void aReplyTypedWhenTheSessionEndedIsKeptAndSigningInAgainLeadsBackToTheCase() throws Exception {
        String ticket = newCase(Api.as(Api.newStaff("INTEGRATION")), "Expiry " + UUID.randomUUID().toString().substring(0, 6));
        Credentials agent = Api.newStaff("AGENT");
        String reply = "We have found your deposit; it is credited today. 入金を確認しました。";
        try (Browser b = Browser.open("case-session-ended")) {
            b.go("app/cases/case.xhtml?ticket=" + ticket);
            b.signIn(agent.username(), agent.password());
            b.find("[id='compose:message']").sendKeys(reply);
            b.driver().manage().deleteAllCookies(); // the session ends while the page is open

            b.find("[id='compose:send']").click(); // an ajax button: it must not do nothing and say nothing
            b.waitForText("[id='login:expired']", "session ended");
            b.signIn(agent.username(), agent.password());
            b.waitForText("#ticket", ticket);
            assertEquals(reply, b.find("[id='compose:message']").getDomProperty("value"), "the typed reply is still there");

            b.find("[id='compose:send']").click();
            b.waitForText("#thread", "入金を確認しました");
            b.driver().navigate().refresh();
            b.waitForText("#ticket", ticket);
            assertEquals("", b.find("[id='compose:message']").getDomProperty("value"), "a sent reply is no draft any more");
        }
    }
}
