package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Browser;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.Restrictions;
import io.redress.it.support.Time;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The alert inbox in the console: a supervisor sees the count in the navigation, finds the alert and takes it on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    @Test
    void aSupervisorSeesTheCountFindsTheBlockedClosureAndAcknowledgesIt() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String account = Restrictions.newAccount(exchange, 2);
        long id = Restrictions.request(Api.as(Api.newStaff("AGENT")), account,
                Restrictions.body("CLOSE", "CUSTOMER_REQUEST", 30));
        Reply approved = Restrictions.approve(Api.as(Api.newStaff("COMPLIANCE")), id, null);
        assertEquals(200, approved.status(), approved.body());
        Time.runDueAt(Instant.parse(approved.json().getString("windowEndsAt")).plusSeconds(1));
        Credentials supervisor = Api.newStaff("SUPERVISOR");
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("alerts-supervisor")) {
            b.go("app/index.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            String count = b.find("#alert-count").getText();
            assertTrue(Integer.parseInt(count.trim()) >= 1, "the navigation counts open alerts: " + count);
            b.find("#nav-alerts").click();
            b.find("#alerts\\:kind").sendKeys("CLOSE_BLOCKED_OPEN_POSITIONS");
            WebElement before = b.find("[id='alerts:table']");
            b.find("#alerts\\:apply").click();
            b.untilReplaced(before);
            By work = By.xpath("//tr[.//div[normalize-space(.)='restriction:" + id + "']]//button[contains(@id,'work')]");
            b.until(ExpectedConditions.elementToBeClickable(work)).click();
            b.find("[id='work:note']").sendKeys("Calling the customer about the two positions.");
            b.find("[id='work:acknowledge']").click();
            b.waitForText("#messages", "acknowledged");
            b.screenshot("alerts-acknowledged");
        }

        try (Browser b = Browser.open("alerts-agent")) {
            b.go("app/alerts/inbox.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("[id='alerts:table']");
            assertTrue(!b.driver().getPageSource().contains("restriction:" + id), "an agent does not see a supervisor's alert");
            // a kind no alert can have is said next to the filter, not shown as an empty inbox
            b.find("#alerts\\:kind").sendKeys("CLOSE_BLOCKED");
            b.find("#alerts\\:apply").click();
            b.waitForText("[id='alerts:kind'] ~ .ui-message", "one of ");
        }
    }
}
