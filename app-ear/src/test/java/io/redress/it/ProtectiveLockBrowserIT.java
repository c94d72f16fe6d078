package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Browser;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.Restrictions;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The console: a security officer places a protective lock on one account from its page (a reason too short is named
 * next to its field), the exchange's next decision refuses API trading, and the officer lifts it once the customer has
 * verified themselves; an agent sees the lock and no way to place or lift it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProtectiveLockBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    @Test
    void securityPlacesAndLiftsALockFromTheAccountPageAndAnAgentOnlySeesIt() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String account = Restrictions.newAccount(exchange, 0);
        Credentials security = Api.newStaff("SECURITY");
        try (Browser b = Browser.open("protective-lock-security")) {
            b.go("app/accounts/detail.xhtml?id=" + account);
            b.signIn(security.username(), security.password());
            b.waitForText("[id$='lock-state']", "No protective lock");

            b.find("[id$='lock-reason-input']").sendKeys("stolen");
            b.find("[id$='lock-place']").click();
            b.waitForText("[id='protective-lock:lock-reason-input'] ~ .ui-message", "10 to 500 characters");
            assertTrue(decision(exchange, account, "API_TRADE").getBoolean("allowed"), "a refused placement locks nothing");

            b.find("[id$='lock-reason-input']").clear();
            b.find("[id$='lock-reason-input']").sendKeys("The customer called: phone stolen with the app signed in.");
            b.find("[id$='lock-place']").click();
            b.waitForText("[id$='lock-state']", "Protective lock on");
            assertTrue(b.find("#lock-reason").getText().startsWith("staff:" + security.username()), b.find("#lock-reason").getText());
            assertFalse(decision(exchange, account, "API_TRADE").getBoolean("allowed"), "the next decision refuses it");
            b.screenshot("protective-lock-on");

            b.find("[id$='lock-verification-input']").sendKeys("KYC-CALLBACK-4411");
            b.find("[id$='lock-lift']").click();
            b.waitForText("[id$='lock-state']", "No protective lock");
            assertTrue(decision(exchange, account, "API_TRADE").getBoolean("allowed"));
            b.waitForText("#messages", "the customer's letter is queued");
        }

        Api.as(security).post("accounts/" + account + "/protective-lock", "{\"reason\":\"Second report from the customer.\"}");
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("protective-lock-agent")) {
            b.go("app/accounts/detail.xhtml?id=" + account);
            b.signIn(agent.username(), agent.password());
            b.waitForText("[id$='lock-state']", "Protective lock on");
            assertTrue(b.driver().findElements(By.cssSelector("[id$='lock-place'], [id$='lock-lift']")).isEmpty(),
                    "an agent neither places nor lifts a lock");
        }
    }

    private static JsonObject decision(Api exchange, String account, String action) {
        Api.Reply r = exchange.get("accounts/" + account + "/decision?action=" + action);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }
}
