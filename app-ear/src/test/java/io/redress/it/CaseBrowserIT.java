package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Browser;
import io.redress.it.support.ConfirmDialog;
import io.redress.it.support.ConsoleTable;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.Restrictions;
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

/** Working a case from the queue to resolution, and confirming a public post's classification, in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    /** Picks a value in a PrimeFaces menu through its widget, which fires the same change event a click does. */
    private static void choose(Browser b, String menuId, String value) {
        b.until(d -> ((JavascriptExecutor) d).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); if (!w) return false; w.selectValue(arguments[1]);"
                        + " if (w.triggerChange) { w.triggerChange(); } else { w.input.trigger('change'); } return true;",
                menuId, value));
    }

    @Test
    void anAgentFindsACaseInTheQueueAnswersItWithAPreviewAndResolvesIt() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String account = Restrictions.newAccount(exchange, 0);
        String marker = "Ledger" + UUID.randomUUID().toString().substring(0, 6);
        Reply opened = exchange.post("cases", """
                {"channel":"CHAT","accountId":"%s","customerName":"Kenji","language":"ja","subject":"%s deposit not credited",
                 "description":"My deposit from my hardware wallet is not credited.","category":"FUNDS_HOLD","priority":"P2"}"""
                .formatted(account, marker));
        assertEquals(201, opened.status(), opened.body());
        String ticket = opened.json().getString("ticket");
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("case-agent")) {
            b.go("app/cases/queue.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("[id='filters:text']").sendKeys(marker);
            b.find("[id='filters:apply']").click();
            ConsoleTable.untilIdle(b); // the queue shows the most urgent cases before the filter answers
            b.waitForText("[id='filters:cases']", ticket);
            assertTrue(b.find("[id='filters:cases']").getText().contains("Running"), "the SLA badge shows the clock, in words");
            b.driver().findElement(By.linkText(ticket)).click();

            b.waitForText("#ticket", ticket);
            b.find("[id='settings:take']").click();
            b.waitForText("[id='timeline']", "assigned to " + agent.username());

            b.find("[id='compose:message']").sendKeys("ご入金を確認し、口座に反映いたしました。");
            b.find("[id='compose:preview']").click();
            b.waitForText("[id='compose:previewPanel']", ticket);
            assertTrue(b.find("[id='compose:previewPanel']").getText().contains("Kenji 様"), "the Japanese template, filled in");
            assertTrue(b.find("[id='compose:previewPanel']").getText().contains("Test " + agent.username()),
                    "signed with the agent's display name, not their login: " + b.find("[id='compose:previewPanel']").getText());
            b.find("[id='compose:send']").click();
            b.waitForText("#thread", "ご入金を確認し");

            choose(b, "settings:state", "RESOLVED");
            choose(b, "settings:outcome", "IN_CUSTOMER_FAVOUR");
            b.find("[id='settings:save']").click();
            b.waitForText("#state", "Resolved");
            b.waitForText("[id='timeline']", "state Open → Resolved (In the customer's favour)"); // codes in words
            b.screenshot("case-resolved");
        }
        assertEquals("RESOLVED", exchange.get("cases/" + ticket).json().getString("state"), "the customer sees the decision");
    }

    private static String openCase(Api exchange, String account, String subject) {
        Reply r = exchange.post("cases", """
                {"channel":"EMAIL","accountId":"%s","customerName":"Camille","language":"en","subject":"%s",
                 "description":"I sent USDT on the wrong network and it never arrived.","category":"USER_ERROR","priority":"P2"}"""
                .formatted(account, subject));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("ticket");
    }

    /**
     * Merging a duplicate asks first, naming this case, the case it merges into and that one's subject; No merges
     * nothing, and an unknown ticket is said next to the field without asking.
     */
    @Test
    void anAgentMergesADuplicateOnlyAfterConfirmingWhichCaseMergesIntoWhich() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String account = Restrictions.newAccount(exchange, 0);
        String marker = "Network" + UUID.randomUUID().toString().substring(0, 6);
        String survivor = openCase(exchange, account, marker + " USDT lost");
        String duplicate = openCase(exchange, account, marker + " USDT lost (again)");
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("case-merge")) {
            b.go("app/cases/case.xhtml?ticket=" + duplicate);
            b.signIn(agent.username(), agent.password());
            b.waitForText("#ticket", duplicate);

            b.find("[id='links:mergeInto']").sendKeys("RD-ZZZZ-ZZZZ");
            b.find("[id='links:merge']").click();
            b.waitForText("[id='links:mergeInto-message']", "RD-ZZZZ-ZZZZ");
            assertTrue(b.driver().findElements(By.cssSelector(".ui-confirm-dialog")).stream().noneMatch(d -> d.isDisplayed()),
                    "an unknown ticket asks nothing");

            b.find("[id='links:mergeInto']").clear();
            b.find("[id='links:mergeInto']").sendKeys(survivor);
            b.find("[id='links:merge']").click();
            String confirmation = ConfirmDialog.text(b);
            assertTrue(confirmation.contains("Merge case " + duplicate + " into case " + survivor)
                    && confirmation.contains(marker + " USDT lost"), confirmation);
            ConfirmDialog.no(b);
            assertEquals(duplicate, agent(agent).get("cases/" + duplicate).json().getJsonObject("c").getString("ticket"),
                    "declined: nothing merged");

            b.find("[id='links:merge']").click();
            ConfirmDialog.text(b);
            b.screenshot("case-merge-confirm");
            ConfirmDialog.yes(b);
            b.waitForText("#ticket", survivor);
            b.waitForText("#messages", duplicate + " was merged into " + survivor);
        }
        assertEquals(survivor, agent(agent).get("cases/" + duplicate).json().getJsonObject("c").getString("ticket"),
                "the old ticket answers the survivor");
    }

    private static Api agent(Credentials who) {
        return Api.as(who);
    }

    @Test
    void anAgentOverridesASuggestedClassificationWithAReasonAndBothAreShown() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String handle = "lost" + UUID.randomUUID().toString().substring(0, 6);
        Reply r = exchange.post("public-posts", """
                {"platform":"x","url":"https://x.com/%s/status/1","authorHandle":"%s",
                 "text":"Sent my ETH to the wrong address, exchange support is useless","reach":40,"postedAt":"%s"}"""
                .formatted(handle, handle, Instant.now().minus(3, ChronoUnit.MINUTES)));
        assertEquals(201, r.status(), r.body());
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("post-agent")) {
            b.go("app/posts/inbox.xhtml");
            b.signIn(agent.username(), agent.password());
            b.waitForText("[id='inbox:posts']", "@" + handle);
            String row = "//tr[.//*[contains(text(),'@" + handle + "')]]";
            assertTrue(b.driver().findElement(By.xpath(row)).getText().contains("USER_ERROR"), "the suggestion");
            assertTrue(b.driver().findElement(By.xpath(row)).getText().contains("wrong address"), "and its evidence");
            b.driver().findElement(By.xpath(row + "//*[contains(@id,'review')]")).click();
            b.waitForText("[id='classify']", "wrong address");

            choose(b, "classify:kind", "LONG_TAIL");
            b.find("[id='classify:confirm']").click();
            b.waitForText("[id='classify:noteError']", "reason");

            b.find("[id='classify:note']").sendKeys("The address is our own deposit address; the deposit is ours to find.");
            b.find("[id='classify:confirm']").click();
            b.waitForText("#messages, [id='inbox:messages']", "LONG_TAIL");
            b.find("[id='inbox:unreviewed'] .ui-chkbox-box").click();
            b.waitForText("[id='inbox:posts']", "LONG_TAIL");
            String confirmedRow = b.driver().findElement(By.xpath(row)).getText();
            assertTrue(confirmedRow.contains("USER_ERROR") && confirmedRow.contains("LONG_TAIL"), confirmedRow);
            b.screenshot("post-overridden");
        }
    }

    @Test
    void aSupervisorSeesTheOperationsPictureAsChartsAndACampaignOnItsTimeline() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long campaign = 0;
        for (int i = 0; i < 3; i++) {
            Reply r = exchange.post("public-posts", """
                    {"platform":"x","url":"https://x.com/fud%s%d/status/1","authorHandle":"fud%s%d",
                     "text":"Everyone withdraw now, this exchange is bankrupt and hiding it from you %s","reach":90,"postedAt":"%s"}"""
                    .formatted(tag, i, tag, i, tag, Instant.now().minus(10 - i, ChronoUnit.MINUTES)));
            assertEquals(201, r.status(), r.body());
            if (r.json().getJsonObject("post").containsKey("campaignId")) {
                campaign = r.json().getJsonObject("post").getJsonNumber("campaignId").longValue();
            }
        }
        assertTrue(campaign > 0, "three handles, one text: a campaign");
        Credentials supervisor = Api.newStaff("SUPERVISOR");

        try (Browser b = Browser.open("dashboard-supervisor")) {
            b.go("app/cases/dashboard.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            b.find("#nav-dashboard");
            for (String chart : new String[] {"funnelChart", "slaChart", "queueChart"}) {
                b.until(d -> !d.findElements(By.cssSelector("[id='" + chart + "'] canvas")).isEmpty());
            }
            assertTrue(b.find("[id='funnelForm:funnel']").getText().contains(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()));
            assertTrue(b.find("[id='slaForm:sla']").getText().contains("P1"));
            b.screenshot("dashboard");

            b.go("app/posts/campaign.xhtml?id=" + campaign);
            b.waitForText("#handleCount", "3");
            assertTrue(b.find("[id='timeline']").getText().contains("@fud" + tag + "0"));
            b.screenshot("campaign");
        }
    }

    /**
     * The case's timeline and the account's in French: what happened and which message was queued in words, not the
     * events' keys and the template's code (found by the console walk of 6 December).
     */
    @Test
    void aFrenchReaderReadsTheTimelinesInWords() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String account = Restrictions.newAccount(exchange, 0);
        Reply opened = exchange.post("cases", """
                {"channel":"EMAIL","customerName":"Camille","customerContact":"camille@example.org","language":"en","accountId":"%s",
                 "subject":"Withdrawal pending","description":"My withdrawal is pending.","category":"FUNDS_HOLD","priority":"P2"}"""
                .formatted(account));
        assertEquals(201, opened.status(), opened.body());
        String ticket = opened.json().getString("ticket");

        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("case-fr-timeline", "fr-FR,fr;q=0.9")) {
            b.go("app/cases/case.xhtml?ticket=" + ticket);
            b.signIn(agent.username(), agent.password());
            b.waitForText("[id='timeline']", "Message mis en file d’attente");
            String timeline = b.find("[id='timeline']").getText();
            assertTrue(timeline.contains("Ouverture") && timeline.contains("Reçu par E-mail ; file : "), timeline);
            assertTrue(timeline.contains("Accusé de réception (Anglais) : "), timeline);
            for (String code : new String[] {"OPENED", "MESSAGE_QUEUED", "ACKNOWLEDGEMENT", "via EMAIL", "into queue"}) {
                assertFalse(timeline.contains(code), code + " in " + timeline);
            }
            b.find("[id='settings:take']").click();
            b.waitForText("[id='timeline']", "attribué à " + agent.username() + ", Nouveau → Ouvert");
            assertFalse(b.find("[id='timeline']").getText().contains("NEW → OPEN"), b.find("[id='timeline']").getText());
            b.screenshot("fr-case-timeline");

            b.go("app/accounts/detail.xhtml?id=" + account);
            b.waitForText("[id='timeline:timelineTable']", "Message au client");
            String steps = b.find("[id='timeline:timelineTable']").getText();
            assertTrue(steps.contains("Accusé de réception : "), steps);
            for (String code : new String[] {"ACKNOWLEDGEMENT", "CustomerMessage"}) {
                assertFalse(steps.contains(code), code + " in " + steps);
            }
            b.screenshot("fr-account-timeline");
        }
    }
}
