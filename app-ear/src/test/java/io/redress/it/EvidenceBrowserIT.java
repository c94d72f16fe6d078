package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Browser;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.Incidents;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The console: a supervisor issues a leak-attribution report from the account page (a bad moment is named next to its
 * field), reads it with its factors, and opens the printable version, which speaks plain words and shows no code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    @Test
    void aSupervisorIssuesAReportFromTheAccountPageAndPrintsIt() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api admin = Api.as(Api.newStaff("ADMIN"));
        Api security = Api.as(Api.newStaff("SECURITY"));
        Incidents.Linked linked = Incidents.linked(exchange, admin, 1, 1);
        String account = linked.accounts().get(0);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Incidents.declare(security, linked.integration(), now.minus(Duration.ofHours(20)));
        Reply trades = exchange.post("api-trade-events", """
                {"events":[{"keyId":"%s","accountId":"%s","symbol":"PUMPUSDT","side":"BUY","quantity":"25000","price":"0.48",
                 "referencePrice":"0.012","volume24h":"1800","sourceIp":"45.137.21.9","tradedAt":"%s",
                 "counterpartyAccountId":"ACC-PUMPER"}]}""".formatted(linked.keys().get(0), account, now.minus(Duration.ofHours(2))));
        assertEquals(200, trades.status(), trades.body());

        Credentials supervisor = Api.newStaff("SUPERVISOR");
        try (Browser b = Browser.open("evidence-supervisor")) {
            b.go("app/accounts/detail.xhtml?id=" + account);
            b.signIn(supervisor.username(), supervisor.password());
            b.find("[id$='evidence-link']").click();
            b.find("#issue\\:from").clear();
            b.find("#issue\\:from").sendKeys("last week");
            b.find("#issue\\:submit").click();
            b.waitForText("[id='issue:from'] ~ .ui-message", "2026-11-30T12:00:00Z");

            b.find("#issue\\:from").clear();
            b.find("#issue\\:from").sendKeys(now.minus(Duration.ofDays(1)).toString());
            b.find("#issue\\:to").clear();
            b.find("#issue\\:to").sendKeys(now.toString());
            b.find("#issue\\:submit").click();
            b.waitForText("#report-version", "1");
            assertTrue(b.find("#report-reference").getText().startsWith("EVR-"));
            assertEquals("THIRD_PARTY_LEAK_LIKELY", b.find("[id$='report-conclusion']").getText());
            assertTrue(b.find("[id$='factor-table']").getText().contains("INCIDENT_LINK"));
            assertTrue(b.find("[id$='trades']").getText().contains("ACC-PUMPER"));
            b.screenshot("evidence-report");

            String reference = b.find("#report-reference").getText();
            b.go("app/evidence/print.xhtml?ref=" + reference);
            b.waitForText("#print-conclusion", "third party is likely");
            String page = b.driver().findElement(By.tagName("body")).getText();
            assertTrue(page.contains(reference + " (Version 1)"), page);
            assertTrue(page.contains("a purchase far above the reference price"), page);
            assertTrue(page.contains("Never"), "the attackers' address was never the customer's: " + page);
            for (String code : new String[] {"INCIDENT_LINK", "PUMP_PATTERN", "LEAK_SIGNATURE", "UNFAMILIAR_IP", supervisor.username()}) {
                assertFalse(page.contains(code), "the printed report shows no internal code or staff name: " + code);
            }
            assertTrue(b.driver().getPageSource().contains("evidence-print.css"), "the print stylesheet");
            // the Print button's click runs under the page's Content-Security-Policy only with PrimeFaces' script there
            b.find("[id='actions:print']");
            assertEquals("object", ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("return typeof PrimeFaces"),
                    "PrimeFaces is on the page, so the Print button's click handler runs");
            assertEquals("en", b.driver().findElement(By.tagName("html")).getAttribute("lang"), "the page's language is the reader's");
            b.screenshot("evidence-print");
        }
    }
}
