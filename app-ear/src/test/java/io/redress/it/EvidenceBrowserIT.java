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
            assertEquals("Third-party leak likely", b.find("[id$='report-conclusion']").getText());
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

    /**
     * A French reader: the conclusion, the printed report's conclusion and its questions in French, the account's list
     * of reports too; no code shows (found by the console walk of 6 December: the codes and the English showed through).
     */
    @Test
    void aFrenchReaderReadsTheConclusionAndTheQuestionsInFrench() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api admin = Api.as(Api.newStaff("ADMIN"));
        Api security = Api.as(Api.newStaff("SECURITY"));
        Incidents.Linked linked = Incidents.linked(exchange, admin, 1, 1);
        String account = linked.accounts().get(0);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Incidents.declare(security, linked.integration(), now.minus(Duration.ofHours(20)));
        assertEquals(200, exchange.post("api-trade-events", """
                {"events":[{"keyId":"%s","accountId":"%s","symbol":"PUMPUSDT","side":"BUY","quantity":"25000","price":"0.48",
                 "referencePrice":"0.012","volume24h":"1800","sourceIp":"45.137.21.9","tradedAt":"%s",
                 "counterpartyAccountId":"ACC-PUMPER"}]}""".formatted(linked.keys().get(0), account, now.minus(Duration.ofHours(2))))
                .status());
        Reply issued = security.post("attribution-reports", "{\"accountId\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}"
                .formatted(account, now.minus(Duration.ofDays(1)), now));
        assertEquals(201, issued.status(), issued.body());
        String reference = issued.json().getString("reference");
        assertEquals("THIRD_PARTY_LEAK_LIKELY", issued.json().getJsonObject("score").getString("conclusion"), "the API keeps its codes");

        Credentials supervisor = Api.newStaff("SUPERVISOR");
        try (Browser b = Browser.open("evidence-fr", "fr-FR,fr;q=0.9")) {
            b.go("app/evidence/report.xhtml?ref=" + reference);
            b.signIn(supervisor.username(), supervisor.password());
            b.waitForText("#report-version", "1");
            assertEquals("Fuite chez un tiers probable", b.find("[id$='report-conclusion']").getText());
            String report = b.find("[id='report']").getText();
            assertTrue(report.contains("Une fuite de la clé par l’intermédiaire d’un tiers est probable"), report);
            assertFalse(report.contains("third party"), report);
            String factors = b.find("[id$='factor-table']").getText();
            assertTrue(factors.contains("La clé existait-elle avant le début de l’exposition présumée du service ?"), factors);
            assertFalse(factors.contains("Did the key exist"), factors);
            String service = b.find("[id='service']").getText();
            assertTrue(service.contains("Élevée, exposé depuis"), "the incident's severity in words: " + service);
            assertFalse(service.contains("HIGH"), service);

            b.go("app/evidence/print.xhtml?ref=" + reference);
            b.waitForText("#print-conclusion", "Une fuite de la clé par l’intermédiaire d’un tiers est probable");
            String questions = b.find("#print-factors").getText();
            assertTrue(questions.contains("La clé pouvait-elle être utilisée depuis n’importe quelle adresse réseau"), questions);
            assertFalse(questions.contains("Could the key") || questions.contains("Was the key"), questions);
            String page = b.driver().findElement(By.tagName("body")).getText();
            assertTrue(page.contains("un achat très au-dessus du prix de référence"), "why a trade was flagged, in French: " + page);
            for (String code : new String[] {"THIRD_PARTY_LEAK_LIKELY", "INCIDENT_LINK", "PUMP_PATTERN"}) {
                assertFalse(page.contains(code), code);
            }
            b.screenshot("fr-evidence-print");

            b.go("app/evidence/issue.xhtml?accountId=" + account);
            b.waitForText("[id$='report-table']", reference);
            String list = b.find("[id$='report-table']").getText();
            assertTrue(list.contains("Fuite chez un tiers probable"), list);
            assertFalse(list.contains("THIRD_PARTY_LEAK_LIKELY"), list);
        }
    }
}
