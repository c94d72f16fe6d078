package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Browser;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.ServerLog;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A form sent from a page the server no longer holds is an ordinary event: the person reads that the page expired,
 * and the server logs one line for it, never a SEVERE incident with a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpiredPageBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    private static void assertNoIncident(String logged) {
        assertFalse(logged.contains("[SEVERE]") && logged.contains("ViewExpiredException"), "no SEVERE for it:\n" + logged);
        assertFalse(logged.contains("RestoreViewPhase.execute"), "no stack trace for it:\n" + logged);
        assertFalse(logged.contains("Incident "), "no incident for it:\n" + logged);
    }

    @Test
    void anAjaxFormFromAPageTheServerNoLongerHoldsShowsTheExpiredPageAndLogsOneLine() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("expired-ajax")) {
            b.go("app/accounts/search.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("#search\\:query").sendKeys("someone");
            // the session still signed in, but the page's view gone (dropped for newer views, or the server restarted)
            ((JavascriptExecutor) b.driver()).executeScript(
                    "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = '-1:-1');");
            ServerLog log = ServerLog.mark();
            b.find("#search\\:go").click();
            b.waitForText("#error-title", "The page expired");

            String logged = log.until("Page expired, the expired page shown: ajax /app/accounts/search.xhtml", Duration.ofSeconds(10));
            assertTrue(logged.contains("[INFO]") && logged.contains("Page expired, the expired page shown: ajax /app/accounts/search.xhtml"),
                    "one INFO line names the page:\n" + logged);
            assertNoIncident(logged);
        }
    }

    @Test
    void theSignInFormSentAfterItsSessionCookieWentShowsTheExpiredPage() throws Exception {
        try (Browser b = Browser.open("expired-login")) {
            b.go("login.xhtml");
            b.find("#login\\:username").sendKeys("someone");
            b.driver().manage().deleteCookieNamed("JSESSIONID");
            ServerLog log = ServerLog.mark();
            b.find("#login\\:password input, input#login\\:password").sendKeys("secret");
            b.find("#login\\:submit").click();
            b.waitForText("#error-title", "The page expired");

            String logged = log.until("Page expired, the expired page shown: POST", Duration.ofSeconds(10));
            assertTrue(logged.contains("Page expired, the expired page shown: POST /redress/login.xhtml"), "one line:\n" + logged);
            assertNoIncident(logged);
        }
    }
}
