package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Browser;
import io.redress.it.support.ConfirmDialog;
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
import org.openqa.selenium.JavascriptExecutor;

/**
 * The console: SECURITY declares an incident and sees its blast radius at once, requests the bulk action and cannot
 * approve it; a supervisor approves it, having confirmed what its job will revoke, and watches the progress bar fill to
 * 100 %; a rejection says why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    /** Picks a value in a PrimeFaces menu through its widget, which fires the same change event a click does. */
    private static void choose(Browser b, String menu, String value) {
        b.until(d -> ((JavascriptExecutor) d).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); if (!w) return false; w.selectValue(arguments[1]);"
                        + " if (w.triggerChange) { w.triggerChange(); } else { w.input.trigger('change'); } return true;",
                menu, value));
    }

    @Test
    void securityDeclaresASupervisorApprovesAndTheBarFills() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api admin = Api.as(Api.newStaff("ADMIN"));
        Incidents.Linked linked = Incidents.linked(exchange, admin, 3, 3);
        Credentials security = Api.newStaff("SECURITY");
        String reference;
        try (Browser b = Browser.open("incident-security")) {
            b.go("app/index.xhtml");
            b.signIn(security.username(), security.password());
            b.find("#nav-incidents").click();
            choose(b, "declare:integration", linked.integration());
            b.find("#declare\\:suspectedSince").clear();
            b.find("#declare\\:suspectedSince").sendKeys("soon");
            b.find("#declare\\:known").sendKeys("The bot service's key store leaked.");
            b.find("#declare\\:submit").click();
            b.waitForText("[id='declare:suspectedSince'] ~ .ui-message", "ISO-8601");

            b.find("#declare\\:suspectedSince").clear();
            String since = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3)).toString();
            b.find("#declare\\:suspectedSince").sendKeys(since);
            b.find("#declare\\:submit").click();
            b.waitForText("#radius-keys", "9");
            assertEquals("3", b.find("#radius-accounts").getText());
            assertEquals("9", b.find("#radius-noallowlist").getText());
            reference = b.driver().getCurrentUrl().replaceAll(".*ref=", "");
            assertTrue(reference.startsWith("INC-"), reference);
            b.screenshot("incident-declared");

            // Back and the same form sent again: the incident it declared, not a second one
            b.driver().navigate().back();
            choose(b, "declare:integration", linked.integration());
            b.find("#declare\\:suspectedSince").clear();
            b.find("#declare\\:suspectedSince").sendKeys(since);
            b.find("#declare\\:known").clear();
            b.find("#declare\\:known").sendKeys("The bot service's key store leaked.");
            b.find("#declare\\:submit").click();
            String declared = reference;
            b.until(d -> d.getCurrentUrl().endsWith("ref=" + declared));
            b.waitForText("#radius-keys", "9");
            assertEquals(1, Api.as(Api.newStaff("AGENT")).get("incidents").jsonArray().getValuesAs(jakarta.json.JsonObject.class)
                    .stream().filter(i -> i.getString("integration").equals(linked.integration())).count(), "one incident declared");

            b.find("#request\\:justification").sendKeys("Every key of the breached service may be in the attackers' hands.");
            b.find("#request\\:submit").click();
            b.waitForText("[id='live:actions']", "Requested");
            assertTrue(b.driver().findElements(By.cssSelector("[id$=':approve']")).isEmpty(), "the requester cannot approve");
        }

        Credentials supervisor = Api.newStaff("SUPERVISOR");
        try (Browser b = Browser.open("incident-supervisor")) {
            b.go("app/incidents/incident.xhtml?ref=" + reference);
            b.signIn(supervisor.username(), supervisor.password());
            // the approval asks first, saying what the job will do: 9 active keys of the integration, on 3 accounts
            b.find("[id$=':approve']").click();
            String confirmation = ConfirmDialog.text(b);
            assertTrue(confirmation.contains("revokes the 9 active keys linked to IT bot " + linked.integration())
                    && confirmation.contains("on 3 accounts"), confirmation);
            b.screenshot("incident-approve-confirm");
            ConfirmDialog.no(b);
            assertEquals("REQUESTED", Api.as(supervisor).get("incidents/" + reference).json().getJsonArray("actions")
                    .getJsonObject(0).getString("state"), "declined: nothing approved");
            b.find("[id$=':approve']").click();
            ConfirmDialog.yes(b);
            b.find("[id$=':progress']");
            b.screenshot("incident-job-running");
            b.until(d -> d.findElement(By.cssSelector("[id='live:actions']")).getText().contains("Completed"));
            b.waitForText("[id$=':progress']", "100%");
            b.waitForText("[id='live:actions']", "Done");
            b.waitForText("#radius-active", "0");
            b.screenshot("incident-job-done");
        }
        assertEquals("REVOKED", Api.as(Api.newStaff("SECURITY")).get("api-keys/" + linked.keys().get(0)).json().getString("status"));
    }

    /**
     * A rejection asks first too (the keys it leaves active), and says why: without a written reason it is refused next
     * to the note field and the action still waits; with one it is rejected and the note kept.
     */
    @Test
    void aSecondPersonRejectsWithAWrittenReasonAfterConfirming() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api admin = Api.as(Api.newStaff("ADMIN"));
        Api requester = Api.as(Api.newStaff("SECURITY"));
        Incidents.Linked linked = Incidents.linked(exchange, admin, 2, 2);
        String reference = Incidents.declare(requester, linked.integration(), Instant.now().minus(Duration.ofHours(1)));
        long action = Incidents.requestAll(requester, reference);
        Credentials security = Api.newStaff("SECURITY");
        try (Browser b = Browser.open("incident-reject")) {
            b.go("app/incidents/incident.xhtml?ref=" + reference);
            b.signIn(security.username(), security.password());
            b.find("[id$=':reject']").click();
            String confirmation = ConfirmDialog.text(b);
            assertTrue(confirmation.contains("Reject bulk action " + action) && confirmation.contains("the 4 active keys"),
                    confirmation);
            ConfirmDialog.yes(b);
            b.waitForText("[id='live:note'] ~ .ui-message", "at least 10 characters");
            assertEquals("REQUESTED", requester.get("incident-actions/" + action).json().getString("state"), "nothing decided");

            b.find("[id='live:note']").sendKeys("The vendor says only keys made after May leaked.");
            b.find("[id$=':reject']").click();
            ConfirmDialog.text(b);
            b.screenshot("incident-reject-confirm");
            ConfirmDialog.yes(b);
            b.waitForText("[id='live:actions']", "Rejected");
            b.waitForText("#messages", "Bulk action " + action + " rejected");
        }
        assertEquals("The vendor says only keys made after May leaked.",
                requester.get("incident-actions/" + action).json().getString("decisionNote"));
        assertEquals("ACTIVE", requester.get("api-keys/" + linked.keys().get(0)).json().getString("status"));
    }

    /** A bulk action's scope in the reader's language, not the domain's English sentence (the console walk of 6 December). */
    @Test
    void aFrenchReaderReadsTheBulkActionsScopeInFrench() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api admin = Api.as(Api.newStaff("ADMIN"));
        Api security = Api.as(Api.newStaff("SECURITY"));
        Incidents.Linked linked = Incidents.linked(exchange, admin, 1, 1);
        String reference = Incidents.declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(3)));
        Api.Reply requested = security.post("incidents/" + reference + "/actions", """
                {"justification":"Keys made before the bot's fix may be in the attackers' hands.",
                 "withoutAllowlistOnly":true,"createdBefore":"%s"}""".formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        assertEquals(201, requested.status(), requested.body());

        Credentials supervisor = Api.newStaff("SUPERVISOR");
        try (Browser b = Browser.open("incident-fr", "fr-FR,fr;q=0.9")) {
            b.go("app/incidents/incident.xhtml?ref=" + reference);
            b.signIn(supervisor.username(), supervisor.password());
            b.waitForText("[id='live:actions']", "Demandée");
            String actions = b.find("[id='live:actions']").getText();
            assertTrue(actions.contains("Toutes les clés sans liste d’adresses IP autorisées rattachées à l’intégration et créées avant le "),
                    actions);
            assertFalse(actions.contains("every key") || actions.contains("created before"), actions);
            b.screenshot("fr-incident-action-scope");
        }
    }
}
