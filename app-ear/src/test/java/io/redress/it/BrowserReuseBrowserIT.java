package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * The browser tests share one Chromium per language (starting one per test cost seconds each): what one test leaves
 * in it, a signed-in session, the site's storage (the console keeps reply drafts there), another tab, must be gone
 * when the next test gets it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserReuseBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private static Object script(Browser b, String js) {
        return ((JavascriptExecutor) b.driver()).executeScript(js);
    }

    @Test
    void theNextTestGetsTheBrowserSignedOutWithNothingOfThePreviousTestStored() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        WebDriver first;
        try (Browser b = Browser.open("reuse-first")) {
            b.go("app/accounts/search.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("#search\\:query");
            script(b, "localStorage.setItem('reuse-probe', 'left behind'); sessionStorage.setItem('reuse-probe', 'left behind');");
            b.driver().switchTo().newWindow(WindowType.TAB);
            b.go("app/accounts/search.xhtml");
            b.find("#search\\:query"); // the same session in a second tab
            first = b.driver();
        }
        try (Browser b = Browser.open("reuse-second")) {
            assertSame(first, b.driver(), "the same Chromium, kept for the next test");
            assertEquals(1, b.driver().getWindowHandles().size(), "one tab");
            b.go("app/accounts/search.xhtml");
            b.find("#login\\:username"); // asked to sign in: no session carried over
            assertNull(script(b, "return localStorage.getItem('reuse-probe');"), "nothing stored by the previous test");
            assertNull(script(b, "return sessionStorage.getItem('reuse-probe');"), "nothing in the tab's session storage");
            // a tab in the background runs no animation frames: PrimeFaces' menus would open and never take a click
            assertEquals("visible true", script(b, "return document.visibilityState + ' ' + document.hasFocus();"),
                    "the kept tab is in front and focused, as a fresh browser's is");
        }
    }
}
