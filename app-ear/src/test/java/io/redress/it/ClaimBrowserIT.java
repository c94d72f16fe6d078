package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Browser;
import io.redress.it.support.ConfirmDialog;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.Incidents;
import io.redress.it.support.Restrictions;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Deciding a claim in the console: the claim page shows how the incident's earlier claims were decided, a wrong
 * amount is refused next to its field, and the decision becomes final with the approval of a second person, who confirms
 * it first having read what it pays and to whom.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimBrowserIT {

    private static final String REASONS = "The key was linked to the breached bot service; the trades match the pattern.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    private static long filedAndAssessed(Api exchange, Api assessor, String account, String amount, String incident) {
        Reply filed = exchange.post("claims", """
                {"accountId":"%s","asset":"USDT","amount":"%s","incidentRef":"%s",
                 "description":"Pump trades on my key after the bot service leak."}""".formatted(account, amount, incident));
        assertEquals(201, filed.status(), filed.body());
        long id = filed.json().getJsonNumber("id").longValue();
        JsonObject claim = assessor.get("claims/" + id).json().getJsonObject("claim");
        Reply assessed = assessor.post("claims/" + id + "/assessment", """
                {"liability":"THIRD_PARTY","reasoning":"Keys issued to the breached integration; no customer fault.",
                 "version":%d}""".formatted(claim.getJsonNumber("version").longValue()));
        assertEquals(200, assessed.status(), assessed.body());
        return id;
    }

    /** Picks a value in a PrimeFaces menu through its widget, which fires the same change event a click does. */
    private static void choose(Browser b, String menu, String value) {
        b.until(d -> ((JavascriptExecutor) d).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); if (!w) return false; w.selectValue(arguments[1]);"
                        + " if (w.triggerChange) { w.triggerChange(); } else { w.input.trigger('change'); } return true;",
                menu, value));
    }

    @Test
    void anAgentProposesAPartialPaymentAndASupervisorMakesItFinal() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api assessor = Api.as(Api.newStaff("AGENT"));
        Api approver = Api.as(Api.newStaff("SUPERVISOR"));
        String incident = Incidents.newIncident();
        String account = Restrictions.newAccount(exchange, 0);

        long earlier = filedAndAssessed(exchange, assessor, account, "100", incident);
        JsonObject e = assessor.get("claims/" + earlier).json().getJsonObject("claim");
        assertEquals(200, assessor.post("claims/" + earlier + "/decision", """
                {"outcome":"FULL","reasons":"%s","version":%d}""".formatted(REASONS, e.getJsonNumber("version").longValue()))
                .status());
        e = assessor.get("claims/" + earlier).json().getJsonObject("claim");
        assertEquals(200, approver.post("claims/" + earlier + "/approve",
                "{\"version\":" + e.getJsonNumber("version").longValue() + "}").status());
        long id = filedAndAssessed(exchange, assessor, account, "800", incident);

        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("claim-agent")) {
            b.go("app/claims/claim.xhtml?id=" + id);
            b.signIn(agent.username(), agent.password());
            b.waitForText("#precedents-summary", "1 claims of incident " + incident);
            assertTrue(b.find("[id='precedents']").getText().contains("Full payment: 1"), b.find("[id='precedents']").getText());
            assertTrue(b.driver().findElements(By.cssSelector("[id='approve:submit']")).isEmpty(), "an agent approves nothing");

            choose(b, "decide:outcome", "PARTIAL");
            b.find("#decide\\:amount").sendKeys("900");
            b.find("#decide\\:reasons").sendKeys(REASONS);
            b.find("#decide\\:submit").click();
            b.waitForText("[id='decide:amount'] ~ .ui-message", "pays less than");

            b.find("#decide\\:amount").clear();
            b.find("#decide\\:amount").sendKeys("400");
            b.find("#decide\\:submit").click();
            b.waitForText("#claim-state", "Awaiting approval");
            b.waitForText("#claim-decided", "400.000000 USDT");
            b.screenshot("claim-proposed");
        }

        Credentials supervisor = Api.newStaff("SUPERVISOR");
        try (Browser b = Browser.open("claim-supervisor")) {
            b.go("app/index.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            b.find("#nav-claims").click();
            b.driver().findElement(By.xpath("//a[text()='" + id + "']")).click();
            // one click asks first, saying what approving pays and to whom; No leaves the claim waiting
            b.find("#approve\\:submit").click();
            String confirmation = ConfirmDialog.text(b);
            assertTrue(confirmation.contains("claim " + id) && confirmation.contains("400.000000 USDT")
                    && confirmation.contains(account), confirmation);
            ConfirmDialog.no(b);
            assertEquals("PENDING_APPROVAL", approver.get("claims/" + id).json().getJsonObject("claim").getString("state"),
                    "declined: nothing approved");
            b.waitForText("#claim-state", "Awaiting approval");
            b.find("#approve\\:submit").click();
            ConfirmDialog.text(b);
            b.screenshot("claim-approve-confirm");
            ConfirmDialog.yes(b);
            b.waitForText("#claim-state", "Awaiting payout");
            b.waitForText("#messages", "final");
            b.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-approvals"), supervisor.username()));
            b.screenshot("claim-approved");
        }
        assertEquals("PARTIAL", exchange.get("claims/" + id).json().getString("outcome"), "the customer sees the final decision");
    }

    private static long version(Api staff, long id) {
        return staff.get("claims/" + id).json().getJsonObject("claim").getJsonNumber("version").longValue();
    }

    /**
     * A French reader of a decided claim: liability, outcome, the incident's precedents and the appeal's verdict in
     * French, in the choices too; none of the codes (found by the console walk of 6 December).
     */
    @Test
    void aFrenchReaderReadsTheLiabilityTheOutcomeAndTheVerdictInFrench() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api assessor = Api.as(Api.newStaff("AGENT"));
        Api approver = Api.as(Api.newStaff("SUPERVISOR"));
        Api reviewer = Api.as(Api.newStaff("SUPERVISOR"));
        String incident = Incidents.newIncident();
        String account = Restrictions.newAccount(exchange, 0);

        long paid = filedAndAssessed(exchange, assessor, account, "100", incident);
        assertEquals(200, assessor.post("claims/" + paid + "/decision", """
                {"outcome":"FULL","reasons":"%s","version":%d}""".formatted(REASONS, version(assessor, paid))).status());
        assertEquals(200, approver.post("claims/" + paid + "/approve", "{\"version\":" + version(approver, paid) + "}").status());
        long denied = filedAndAssessed(exchange, assessor, account, "50", incident);
        assertEquals(200, assessor.post("claims/" + denied + "/decision", """
                {"outcome":"DENY","reasons":"%s","version":%d}""".formatted(REASONS, version(assessor, denied))).status());
        assertEquals(200, approver.post("claims/" + denied + "/approve", "{\"version\":" + version(approver, denied) + "}").status());
        assertEquals(200, exchange.post("claims/" + denied + "/appeal", "{\"statement\":\"I never gave my key to anyone else.\"}")
                .status());
        assertEquals(200, reviewer.post("claims/" + denied + "/appeal-decision", """
                {"outcome":"UPHELD","reasons":"%s","version":%d}""".formatted(REASONS, version(reviewer, denied))).status());
        long open = filedAndAssessed(exchange, assessor, account, "80", incident);

        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("claim-fr", "fr-FR,fr;q=0.9")) {
            b.go("app/claims/claim.xhtml?id=" + paid);
            b.signIn(agent.username(), agent.password());
            b.waitForText("#claim-liability", "Un tiers");
            assertEquals("Indemnisation intégrale", b.find("#claim-outcome").getText());

            b.go("app/claims/claim.xhtml?id=" + denied);
            b.waitForText("#claim-outcome", "Refus");
            String decision = b.find("[id='decision']").getText();
            assertTrue(decision.contains("→ Refus confirmé"), decision);

            b.go("app/claims/claim.xhtml?id=" + open);
            b.waitForText("#precedents-summary", incident);
            String precedents = b.find("[id='precedents']").getText();
            assertTrue(precedents.contains("Indemnisation intégrale: 1") && precedents.contains("Refus: 1"), precedents);
            assertTrue(precedents.contains("Un tiers"), precedents);
            String choices = b.find("[id='decide:outcome_items'], [id='decide:outcome_input']").getAttribute("innerHTML");
            assertTrue(choices.contains("Indemnisation partielle") && choices.contains("Geste commercial"), choices);
            String page = b.driver().findElement(By.tagName("body")).getText();
            for (String code : new String[] {"THIRD_PARTY", "FULL", "DENY", "PARTIAL", "GOODWILL", "UPHELD"}) {
                assertFalse(page.contains(code), code + " shows in: " + page);
            }
            b.screenshot("fr-claim");
        }
    }
}
