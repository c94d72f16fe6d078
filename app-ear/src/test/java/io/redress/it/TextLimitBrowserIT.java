package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redress.it.support.Api;
import io.redress.it.support.Browser;
import io.redress.it.support.ConsoleHeader;
import io.redress.it.support.Fixtures.Credentials;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A long text says how much room is left as it is typed: the browser stops it at the field's limit, and the counter
 * under the field is what tells the person so (in their language; it runs under the console's Content-Security-Policy).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TextLimitBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    @Test
    void aClaimsDescriptionCountsTheCharactersLeftDownToTheLimit() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("text-limit")) {
            b.go("app/claims/list.xhtml");
            b.signIn(agent.username(), agent.password());
            b.waitForText("[id='file:descriptionLeft']", "4000 characters left");

            b.find("#file\\:description").sendKeys("Pump trades");
            b.waitForText("[id='file:descriptionLeft']", "3989 characters left");

            // as if pasted: 3,995 characters, then five more typed than the field takes
            ((JavascriptExecutor) b.driver()).executeScript("""
                    const field = document.getElementById('file:description');
                    field.value = 'x'.repeat(3995);
                    field.dispatchEvent(new Event('input', {bubbles: true}));""");
            b.waitForText("[id='file:descriptionLeft']", "5 characters left");
            b.find("#file\\:description").sendKeys("0123456789");
            b.waitForText("[id='file:descriptionLeft']", "0 characters left");
            assertEquals(4000, b.find("#file\\:description").getAttribute("value").length(), "the field stops at its limit");

            ConsoleHeader.of(b).switchTo("fr");
            b.waitForText("[id='file:descriptionLeft']", "4000 caractères restants");
            b.screenshot("text-limit-fr");
        }
    }
}
