package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The restriction forms: the same request twice is refused with a link to the one waiting (in the browser and as
 * 422 problem+json), rule refusals appear next to their field, Approve is offered only to whom the rules allow, and
 * a confirmation is in sight where the person acted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestrictionFormsBrowserIT {

    private static final String KYC = "KYC_REFRESH_OVERDUE";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    private static void choose(Browser b, String menu, String value) {
        By select = By.id("request:" + menu);
        b.until(ExpectedConditions.not(ExpectedConditions.attributeContains(select, "class", "ui-state-disabled")));
        b.until(d -> ((JavascriptExecutor) d).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); if (!w) return false; w.selectValue(arguments[1]);"
                        + " if (w.triggerChange) { w.triggerChange(); } else { w.input.trigger('change'); } return true;",
                "request:" + menu, value));
    }

    private static void fillWithdrawOnly(Browser b, String window) {
        choose(b, "measure", "WITHDRAW_ONLY");
        choose(b, "reason", KYC);
        b.waitForText("#reason-clause", "4.3");
        b.until(d -> !d.findElement(By.id("request:windowDays")).getAttribute("value").isEmpty());
        b.find("#request\\:windowDays").clear();
        b.find("#request\\:windowDays").sendKeys(window);
        b.find("#request\\:justification").sendKeys("Three KYC refresh requests since March went unanswered.");
        b.find("#request\\:evidence").sendKeys("ticket RD-2222-3333");
    }

    @Test
    void theSameRequestWhileOneIsWaitingIsRefusedWithALinkToIt() throws Exception {
        String account = Restrictions.newAccount(Api.as(Api.newStaff("INTEGRATION")), 0);
        Credentials agent = Api.newStaff("AGENT");
        long first = Restrictions.request(Api.as(agent), account, Restrictions.body("WITHDRAW_ONLY", KYC, 14));

        Reply again = Api.as(Api.newStaff("AGENT")).post("accounts/" + account + "/restrictions",
                Restrictions.body("WITHDRAW_ONLY", KYC, 14));
        assertEquals(422, again.status(), again.body());
        assertTrue(again.isProblem(), again.body());
        assertEquals("duplicate-pending", again.json().getString("rule"));
        assertTrue(again.json().getString("detail").contains("Restriction " + first), again.body());

        try (Browser b = Browser.open("restriction-duplicate")) {
            b.go("app/restrictions/request.xhtml?account=" + account);
            b.signIn(agent.username(), agent.password());
            fillWithdrawOnly(b, "14");
            b.find("#request\\:submit").click();
            b.waitForText("#request\\:measure-message", "already waiting for a decision");
            WebElement link = b.find("#request\\:pending-duplicate");
            assertTrue(link.getAttribute("href").contains("id=" + first), link.getAttribute("href"));
            link.click();
            b.waitForText("#restriction-state", "Requested");
        }
        assertEquals(1, Api.as(agent).get("accounts/" + account + "/restrictions").jsonArray().size(), "one request, not two");
    }

    @Test
    void aRuleRefusalIsShownNextToItsFieldAndTheJustificationKeepsItsLimit() throws Exception {
        String account = Restrictions.newAccount(Api.as(Api.newStaff("INTEGRATION")), 0);
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("restriction-rule-field")) {
            b.go("app/restrictions/request.xhtml?account=" + account);
            b.signIn(agent.username(), agent.password());
            assertEquals("4000", b.find("#request\\:justification").getAttribute("maxlength"));
            fillWithdrawOnly(b, "3");
            // a browser that lets letters into the number field: a human message next to it, not a converter's
            ((JavascriptExecutor) b.driver()).executeScript(
                    "var f = document.getElementById('request:windowDays'); f.type = 'text'; f.value = '3x';");
            b.find("#request\\:submit").click();
            b.waitForText("#request\\:windowDaysError", "The window must be a whole number of days");

            b.find("#request\\:windowDays").clear();
            b.find("#request\\:windowDays").sendKeys("3");
            b.find("#request\\:submit").click();
            b.waitForText("#request\\:windowDaysError", "at least 14 days");

            // a justification of 4,000 characters without a space wraps: the page stays as wide as the window
            String other = Restrictions.newAccount(Api.as(Api.newStaff("INTEGRATION")), 0);
            long id = Restrictions.request(Api.as(agent), other, """
                    {"measure":"WITHDRAW_ONLY","reasonCode":"%s","justification":"%s","evidence":["ticket RD-TEST-1"],"windowDays":14}"""
                    .formatted(KYC, "x".repeat(4000)));
            b.go("app/restrictions/restriction.xhtml?id=" + id);
            b.waitForText("body", "xxxxxxxxxx");
            long width = (Long) ((JavascriptExecutor) b.driver()).executeScript("return document.documentElement.scrollWidth;");
            long window = (Long) ((JavascriptExecutor) b.driver()).executeScript("return window.innerWidth;");
            assertTrue(width <= window, "the page is as wide as the window (" + window + " px), not " + width + " px");
        }
    }

    @Test
    void approveIsOfferedOnlyToWhomTheRulesAllowAndTheConfirmationIsInSight() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Credentials supervisor = Api.newStaff("SUPERVISOR");
        String own = Restrictions.newAccount(exchange, 0);
        long ownRequest = Restrictions.request(Api.as(supervisor), own, Restrictions.body("WITHDRAW_ONLY", KYC, 14));
        String severe = Restrictions.newAccount(exchange, 0);
        Reply suspend = Api.as(Api.newStaff("AGENT")).post("accounts/" + severe + "/restrictions", """
                {"measure":"SUSPEND","reasonCode":"ACCOUNT_COMPROMISE_LOCK","justification":"Logins from three new countries within an hour.",
                 "evidence":["security report SR-1"]}""");
        assertEquals(201, suspend.status(), suspend.body());
        String plain = Restrictions.newAccount(exchange, 0);
        long plainRequest = Restrictions.request(Api.as(Api.newStaff("AGENT")), plain, Restrictions.body("WITHDRAW_ONLY", KYC, 14));

        try (Browser b = Browser.open("restriction-decide-offered")) {
            b.driver().manage().window().setSize(new Dimension(1280, 420));
            b.go("app/restrictions/inbox.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            b.waitForText("[id='inbox:pending']", plain);
            String row = "//tr[.//a[text()='%s']]";

            WebElement ownRow = b.driver().findElement(By.xpath(row.formatted(own)));
            assertTrue(ownRow.findElements(By.xpath(".//*[contains(@id,'decide')]")).isEmpty(), "no Decide on one's own request");
            assertTrue(ownRow.getText().contains("requested a measure cannot approve"), ownRow.getText());

            b.driver().findElement(By.xpath(row.formatted(severe) + "//*[contains(@id,'decide')]")).click();
            b.waitForText("[id='decide:approve-not-offered']", "COMPLIANCE");
            assertTrue(b.driver().findElements(By.cssSelector("[id='decide:approve']")).isEmpty(),
                    "no Approve button for a COMPLIANCE-only measure");
            b.find("[id='decide:reject']"); // a supervisor may still reject it
            ((JavascriptExecutor) b.driver()).executeScript("PF('decideDialog').hide();");

            b.driver().findElement(By.xpath(row.formatted(plain) + "//*[contains(@id,'decide')]")).click();
            b.find("[id='decide:approve']");
            ((JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, document.body.scrollHeight);");
            long scrolled = (Long) ((JavascriptExecutor) b.driver()).executeScript("return Math.round(window.scrollY);");
            assertTrue(scrolled > 0, "precondition: the person has scrolled down to the request");
            b.find("[id='decide:approve']").click();
            b.waitForText("#messages", "approved for " + plain);
            Boolean inSight = (Boolean) ((JavascriptExecutor) b.driver()).executeScript(
                    "var r = document.getElementById('messages').getBoundingClientRect();"
                            + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;");
            assertTrue(inSight, "the confirmation is in sight, not at the top of a page scrolled away");
        }
        assertEquals("REQUESTED", Api.as(supervisor).get("restrictions/" + ownRequest).json().getString("state"));
        assertEquals("APPROVED", Api.as(supervisor).get("restrictions/" + plainRequest).json().getString("state"));
    }
}
