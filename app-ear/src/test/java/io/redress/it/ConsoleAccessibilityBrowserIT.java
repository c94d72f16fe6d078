package io.redress.it;

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
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console as a person reads it: times in their own time zone with UTC on hover, a label on every input, and text
 * on buttons and tags readable (WCAG AA, 4.5:1).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleAccessibilityBrowserIT {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private String ticket;

    @BeforeEach
    void aCase() {
        Reply opened = Api.as(Api.newStaff("INTEGRATION")).post("cases", """
                {"channel":"EMAIL","customerName":"Aiko","customerContact":"aiko@example.org","language":"ja",
                 "subject":"Withdrawal pending","description":"My withdrawal is pending.","category":"FUNDS_HOLD","priority":"P1"}""");
        assertEquals(201, opened.status(), opened.body());
        ticket = opened.json().getString("ticket");
    }

    @Test
    void timesAreShownInThePersonsChosenZoneWithUtcOnHoverAndNoFractions() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("time-zone")) {
            b.go("app/index.xhtml");
            b.signIn(agent.username(), agent.password());
            b.waitForText("#user-zone", "UTC");

            for (int attempt = 1; !"Asia/Tokyo".equals(b.find("[id='preferences:timeZone_label']").getText().strip()); attempt++) {
                assertTrue(attempt <= 3, "the time-zone menu took the pick of Asia/Tokyo"); // a person clicks again; so do we
                b.find("[id='preferences:timeZone']").click();
                b.find("[id='preferences:timeZone_filter']").clear();
                b.find("[id='preferences:timeZone_filter']").sendKeys("Tokyo");
                b.clickWhenUncovered(b.find("[id='preferences:timeZone_panel'] li[data-label='Asia/Tokyo']"));
                Thread.sleep(500);
            }
            b.find("[id='preferences:save']").click();
            b.waitForText("#user-zone", "Asia/Tokyo (UTC+09:00)");

            b.go("app/cases/case.xhtml?ticket=" + ticket);
            b.find("#ticket");
            assertZone(b, ZoneId.of("Asia/Tokyo"));
            b.screenshot("case-times-in-tokyo");
            b.go("app/cases/queue.xhtml");
            b.find("[id='filters:cases']");
            assertZone(b, ZoneId.of("Asia/Tokyo"));
            String page = b.find("main").getText();
            assertFalse(page.matches("(?s).*\\d{2}:\\d{2}:\\d{2}\\.\\d+.*"), "no fractions of a second anywhere: " + page);
            assertFalse(page.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*"), "no raw ISO instants: " + page);
        }
    }

    /** Every time on the page reads as its moment in {@code zone}, to the minute, and its title as UTC to the second. */
    private static void assertZone(Browser b, ZoneId zone) {
        List<Map<String, String>> times = PageChecks.times(b);
        assertFalse(times.isEmpty(), "the page shows times");
        for (Map<String, String> t : times) {
            Instant at = Instant.parse(t.get("datetime"));
            assertEquals(MINUTE.format(at.atZone(zone)), t.get("text"), t.toString());
            assertEquals(SECOND.format(at.atOffset(ZoneOffset.UTC)) + " UTC", t.get("title"), t.toString());
        }
    }

    @Test
    void everyInputOfTheQueueTheCaseAndTheAuditPagesHasALabel() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("labels-agent")) {
            b.go("app/cases/queue.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("[id='filters:cases']");
            assertEquals(List.of(), PageChecks.unlabelledInputs(b), "queue");
            b.screenshot("queue-labelled-filters");
            b.go("app/cases/case.xhtml?ticket=" + ticket);
            b.find("[id='compose:message']");
            assertEquals(List.of(), PageChecks.unlabelledInputs(b), "case page, the reply box included");
            b.screenshot("case-labelled-inputs");
        }
        Credentials auditor = Api.newStaff("AUDITOR");
        try (Browser b = Browser.open("labels-auditor")) {
            b.go("app/audit/log.xhtml");
            b.signIn(auditor.username(), auditor.password());
            b.find("[id='log:text']");
            assertEquals(List.of(), PageChecks.unlabelledInputs(b), "audit search");
            b.screenshot("audit-labelled-filters");
        }
    }

    @Test
    void buttonAndTagTextIsAtLeastFourAndAHalfToOneAgainstItsBackground() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("contrast")) {
            b.go("app/cases/queue.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("[id='filters:text']").sendKeys(ticket);
            b.find("[id='filters:apply']").click();
            ConsoleTable.untilIdle(b); // the queue shows the most urgent cases before the filter answers
            b.waitForText("[id='filters:cases']", ticket);

            // measured by selector inside the page: the table's ajax update may replace any element found before
            assertAtLeastAA(b, "[id='filters:apply'] .ui-button-text", 0, "the primary button");
            assertAtLeastAA(b, "[id='filters:new'] .ui-button-text", 0, "the outlined button");
            // the filter's answer is one row (the ticket): wait for it, the unfiltered table may still be showing
            long until = System.currentTimeMillis() + 15_000;
            while (b.driver().findElements(By.cssSelector("[id='filters:cases'] tbody tr")).size() != 1
                    && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            int tags = b.driver().findElements(By.cssSelector("[id='filters:cases'] .ui-tag")).size();
            assertTrue(tags >= 3, "priority, state and SLA tags: " + tags);
            for (int i = 0; i < tags; i++) {
                assertAtLeastAA(b, "[id='filters:cases'] .ui-tag", i, "tag " + (i + 1) + " of the queue");
            }
        }
    }

    private static void assertAtLeastAA(Browser b, String css, int index, String what) {
        double ratio = PageChecks.contrast(b, css, index);
        assertTrue(ratio >= 4.5, what + ": " + String.format("%.2f", ratio) + ":1, WCAG AA asks 4.5:1");
    }
}
