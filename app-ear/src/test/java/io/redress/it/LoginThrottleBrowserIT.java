package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Browser;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.RedressDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The console's sign-in form under the throttle: after the free failures it says to wait, and
 * lets nobody in meanwhile, not even with the right password. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    /** Submits the form and answers the message the next page shows. */
    private static String signIn(Browser b, String username, String password) {
        WebElement page = b.driver().findElement(By.tagName("html"));
        WebElement name = b.find("#login\\:username");
        name.clear();
        name.sendKeys(username);
        WebElement secret = b.find("#login\\:password input, input#login\\:password");
        secret.clear();
        secret.sendKeys(password);
        b.find("#login\\:submit").click();
        b.untilReplaced(page);
        return b.find("#login\\:messages").getText();
    }

    @Test
    void theFormSaysHowLongToWaitAndLetsNobodyInMeanwhile() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("login-throttled")) {
            b.go("login.xhtml");
            // five counted failures lock the name in the test domain; a throttled try in between is not counted
            int counted = 0;
            String said = "";
            for (int tries = 0; counted < 5 && tries < 20; tries++) {
                said = signIn(b, agent.username(), "not the password " + tries);
                if (said.contains("wrong password")) {
                    counted++;
                } else {
                    assertTrue(said.contains("Too many failed sign-ins"), said);
                    Thread.sleep(1000);
                }
            }
            said = signIn(b, agent.username(), agent.password());
            assertTrue(said.contains("Too many failed sign-ins"), said);
            assertTrue(said.matches("(?s).*Try again in \\d+ seconds.*"), said);
            assertTrue(b.driver().getCurrentUrl().contains("login.xhtml"), "still on the sign-in page");
        }
    }
}
