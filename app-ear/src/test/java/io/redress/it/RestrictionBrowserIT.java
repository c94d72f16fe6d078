package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Browser;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.Restrictions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Due process in the console: an agent asks, cannot decide; a supervisor decides; the account's rights change. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestrictionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    /** Picks a value in a PrimeFaces menu through its widget, which fires the same change event a click does. */
    private static void choose(Browser b, String menu, String value) {
        By select = By.id("request:" + menu);
        b.until(ExpectedConditions.not(ExpectedConditions.attributeContains(select, "class", "ui-state-disabled")));
        b.until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); if (!w) return false; w.selectValue(arguments[1]);"
                        + " if (w.triggerChange) { w.triggerChange(); } else { w.input.trigger('change'); } return true;",
                "request:" + menu, value));
    }

    @Test
    void anAgentRequestsAMeasureCannotApproveItAndASupervisorApprovesAndSeesTheDecisionsChange() throws Exception {
        String account = Restrictions.newAccount(Api.as(Api.newStaff("INTEGRATION")), 0);
        Credentials agent = Api.newStaff("AGENT");
        Credentials supervisor = Api.newStaff("SUPERVISOR");

        try (Browser b = Browser.open("restriction-agent")) {
            b.go("app/accounts/detail.xhtml?id=" + account);
            b.signIn(agent.username(), agent.password());
            assertEquals("Allowed", b.find("[id$='may-TRADE']").getText());
            b.find("#request-measure").click();

            choose(b, "measure", "WITHDRAW_ONLY");
            b.until(ExpectedConditions.not(ExpectedConditions.attributeContains(By.id("request:reason"), "class", "ui-state-disabled")));
            choose(b, "reason", "KYC_REFRESH_OVERDUE");
            b.waitForText("#reason-clause", "4.3");
            assertTrue(b.find("#reason-evidence").getText().contains("refresh requests"), "the evidence the reason needs is shown");
            b.find("#request\\:justification").sendKeys("Three KYC refresh requests since March went unanswered.");
            b.find("#request\\:evidence").sendKeys("ticket RD-2222-3333");
            b.find("#request\\:submit").click();

            b.waitForText("#standing", "Active");
            assertEquals("Allowed", b.find("[id$='may-TRADE']").getText(), "a request alone changes nothing");
            b.waitForText("#restrictions", "Requested");
            assertTrue(b.driver().findElements(By.id("nav-inbox")).isEmpty(), "an agent has no approval inbox");
            b.go("app/restrictions/inbox.xhtml");
            b.waitForText("#error-title", "Not allowed");
        }

        try (Browser b = Browser.open("restriction-supervisor")) {
            b.go("app/index.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            b.find("#nav-inbox").click();
            b.waitForText("[id='inbox:pending']", account);
            b.driver().findElement(By.xpath("//tr[.//*[contains(text(),'" + account + "')]]//*[contains(@id,'decide')]")).click();
            b.find("[id='decide:approve']").click();
            b.waitForText("#messages", "approved for " + account);

            b.go("app/accounts/detail.xhtml?id=" + account);
            b.waitForText("#standing", "Withdraw only");
            assertEquals("Denied", b.find("[id$='may-TRADE']").getText());
            assertEquals("Allowed", b.find("[id$='may-WITHDRAW']").getText());
            assertEquals("Allowed", b.find("[id$='may-REDUCE_ONLY_TRADE']").getText());
            assertTrue(b.find("#window-countdown").getText().matches("1[34] d.*"), b.find("#window-countdown").getText());
            b.waitForText("#notices", "Restriction applied"); // RESTRICTION_APPLIED, in words
            // the timeline: who asked and who approved, oldest first
            b.waitForText("[id='timeline:timelineTable']", "Restriction approved"); // RESTRICTION_APPROVED, in words
            String timeline = b.find("[id='timeline:timelineTable']").getText();
            assertTrue(timeline.indexOf("Restriction requested") >= 0
                    && timeline.indexOf("Restriction requested") < timeline.indexOf("Restriction approved"), timeline);
            assertTrue(timeline.contains(agent.username()) && timeline.contains(supervisor.username()), timeline);
            b.screenshot("restriction-approved-account");
        }
    }

    @Test
    void aComplianceOfficerApprovesAProposedReasonInTheReasonsScreenAndItsAuthorCannot() throws Exception {
        Credentials author = Api.newStaff("ADMIN,COMPLIANCE");
        String code = "UI_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        assertEquals(201, Api.as(author).post("policy/reasons", """
                {"code":"%s","ground":"PLATFORM_CONDUCT","title":"Multiple accounts","termsClause":"Terms of Service 2.3 (One account)",
                 "measures":["WITHDRAW_ONLY"],"requiredEvidence":"The linked accounts","approverRole":"SUPERVISOR",
                 "minWindowDays":14,"noticeText":"You hold more than one account.","disclosable":true}""".formatted(code)).status());
        String row = "//tr[.//*[contains(text(),'" + code + "')]]";

        try (Browser b = Browser.open("reasons-author")) {
            b.go("app/admin/reasons.xhtml");
            b.signIn(author.username(), author.password());
            b.waitForText("[id='pending:table']", code);
            b.driver().findElement(By.xpath(row + "//*[contains(@id,'approve')]")).click();
            b.waitForText("#messages", "author");
        }

        Credentials officer = Api.newStaff("COMPLIANCE");
        try (Browser b = Browser.open("reasons-compliance")) {
            b.go("app/index.xhtml");
            b.signIn(officer.username(), officer.password());
            b.find("#nav-reasons").click();
            b.waitForText("[id='pending:table']", code);
            assertTrue(b.driver().findElements(By.cssSelector("[id='create:submit']")).isEmpty(), "only ADMIN proposes");
            b.driver().findElement(By.xpath(row + "//*[contains(@id,'approve')]")).click();
            b.waitForText("#messages", "in force");
            b.waitForText("[id='reasons:table']", code);
            b.screenshot("reason-approved");
        }
    }
}
