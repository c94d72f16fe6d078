package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Browser;
import io.redress.it.support.ConsoleTable;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.RedressDeployment;
import java.nio.file.Files;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** The staff console in a real headless Chromium, doing what an agent, an auditor and an admin do. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private static String mirrorAccount(String handle) {
        String id = "WEB-" + UUID.randomUUID().toString().substring(0, 8);
        int status = Api.as(Api.newStaff("INTEGRATION")).put("accounts/" + id, """
                {"handle":"%s","kycLevel":"VERIFIED","jurisdiction":"JP","customerSince":"2019-05-06",
                 "socialHandles":["@%s"],"openDerivativesPositions":1}""".formatted(handle, handle)).status();
        assertEquals(201, status);
        return id;
    }

    @Test
    void anAgentSignsInSearchesAnAccountAndOpensIt() throws Exception {
        String handle = "webtrader" + UUID.randomUUID().toString().substring(0, 6);
        String id = mirrorAccount(handle);
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("agent-search")) {
            b.go("app/accounts/search.xhtml");
            b.find("#login\\:username");
            Cookie before = b.driver().manage().getCookieNamed("JSESSIONID");
            b.signIn(agent.username(), agent.password());

            b.find("#search\\:query").sendKeys(handle);
            b.find("#search\\:go").click();
            b.waitForText("#search\\:results", id);
            Cookie after = b.driver().manage().getCookieNamed("JSESSIONID");
            assertTrue(after.isHttpOnly(), "the session cookie is HttpOnly");
            if (before != null) {
                assertNotEquals(before.getValue(), after.getValue(), "signing in rotates the session id");
            }
            ConsoleTable.untilIdle(b); // the table's own load may still replace the row the search showed
            b.driver().findElement(By.linkText(id)).click();

            assertEquals(handle, b.find("#account-handle").getText());
            assertEquals("Active", b.find("#account-status").getText());
            b.waitForText("#historyTable", "Account copied from the exchange"); // ACCOUNT_MIRRORED, in words
            assertTrue(b.driver().findElements(By.id("nav-audit")).isEmpty(), "an agent has no audit menu");
            assertTrue(Files.size(b.screenshot("agent-account-detail")) > 10_000);
        }
    }

    @Test
    void aWrongPasswordIsToldOnTheFormAndNothingOpens() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("wrong-password")) {
            b.go("app/index.xhtml");
            b.signIn(agent.username(), "not the password");
            b.waitForText("#login\\:messages", "wrong password");
            assertTrue(b.driver().getCurrentUrl().contains("login.xhtml"));
        }
    }

    @Test
    void aDisabledStaffMembersSessionEndsAtOnce() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("disabled-session")) {
            b.go("app/index.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("#welcome-name");
            Api.disable(agent.username());
            b.go("app/accounts/search.xhtml");
            b.find("#login\\:username");
            assertTrue(b.driver().getCurrentUrl().contains("login.xhtml"), b.driver().getCurrentUrl());
        }
    }

    @Test
    void anAuditorSeesTheChainIntactAndAnAgentIsKeptOut() throws Exception {
        Credentials auditor = Api.newStaff("AUDITOR");
        try (Browser b = Browser.open("auditor")) {
            b.go("app/index.xhtml");
            b.signIn(auditor.username(), auditor.password());
            b.find("#nav-audit").click();
            b.waitForText("#chain\\:chain-status", "Chain intact");
            b.screenshot("auditor-audit-trail");
        }
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("agent-kept-out")) {
            b.go("app/index.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("#welcome-name");
            b.go("app/audit/log.xhtml");
            b.waitForText("#error-title", "Not allowed");
        }
    }

    @Test
    void unknownPagesShowTheNotFoundPage() throws Exception {
        try (Browser b = Browser.open("not-found")) {
            b.go("no-such-page.xhtml");
            b.waitForText("#error-title", "Not found");
        }
    }

    @Test
    void anAdministratorCreatesAStaffMemberWithTheScreenAndDisablesThemSayingWhy() throws Exception {
        Credentials admin = Api.newStaff("ADMIN");
        String username = "web-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser b = Browser.open("admin-staff")) {
            b.go("app/index.xhtml");
            b.signIn(admin.username(), admin.password());
            b.find("#nav-staff").click();

            b.find("#create\\:submit").click();
            b.waitForText("#create", "at least one role is required");

            b.find("#create\\:username").sendKeys(username);
            b.find("#create\\:displayName").sendKeys("Web Created");
            b.find("#create\\:password input, input#create\\:password").sendKeys("a long enough password");
            b.driver().findElement(By.xpath("//*[@id='create:roles']//label[text()='AGENT']")).click();
            b.find("#create\\:submit").click();
            b.waitForText("#messages", "Created " + username);
            // hundreds of members, a page at a time: the administrator narrows the table to the new one
            ConsoleTable members = ConsoleTable.of(b, "members:table").filter("usernameFilter", username).untilReport("1-1 of 1");
            assertTrue(members.rows().get(0).contains("Web Created"), members.rows().toString());

            b.driver().findElement(By.xpath("//tr[.//span[text()='" + username + "']]//button[.//span[text()='Disable']]")).click();
            b.waitForText("#disable-who", username);
            b.find("#disable\\:confirm").click();
            b.waitForText("[id='disable:disableReason'] ~ .ui-message", "audit trail");
            assertEquals(200, Api.as(username, "a long enough password").get("ping").status(), "not disabled without a reason");
            b.find("#disable\\:disableReason").sendKeys("Left the team on 30 November");
            b.find("#disable\\:confirm").click();
            b.waitForText("#messages", "Disabled " + username);
            members.untilFirstRowContains("Disabled");
        }
        assertEquals(401, Api.as(username, "a long enough password").get("ping").status(),
                "the disabled member cannot sign in");
    }

    /** The staff screen refuses an administrator's own new role next to the roles, as the API does (four eyes). */
    @Test
    void anAdministratorCannotGiveThemselvesARoleInTheScreen() throws Exception {
        Credentials admin = Api.newStaff("ADMIN");
        try (Browser b = Browser.open("admin-own-roles")) {
            b.go("app/index.xhtml");
            b.signIn(admin.username(), admin.password());
            b.find("#nav-staff").click();
            ConsoleTable.of(b, "members:table").filter("usernameFilter", admin.username()).untilReport("1-1 of 1");
            b.driver().findElement(By.xpath("//tr[.//span[text()='" + admin.username() + "']]//button[.//span[text()='Roles']]")).click();
            b.waitForText("#roles", admin.username());
            b.driver().findElement(By.xpath("//*[@id='roles:editRoles']//label[text()='COMPLIANCE']")).click();
            b.find("#roles\\:reason").sendKeys("I approve suspensions too");
            b.find("#roles\\:save").click();
            b.waitForText("[id='roles:editRoles'] ~ .ui-message", "Nobody may give themselves a role (COMPLIANCE)");
        }
        assertEquals(403, Api.as(admin).get("restrictions/pending").status(), "the roles did not change");
    }
}
