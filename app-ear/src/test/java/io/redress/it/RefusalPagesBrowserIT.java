package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Browser;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.Restrictions;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A service's refusal shows its page on every screen, without the page bean catching it (RefusalPages). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusalPagesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    @Test
    void recordsThatDoNotExistShowNotFoundAndActionsTheRoleLacksShowNotAllowed() throws Exception {
        Credentials security = Api.newStaff("SECURITY");
        try (Browser b = Browser.open("refusal-pages")) {
            b.go("app/index.xhtml");
            b.signIn(security.username(), security.password());
            b.find("#welcome-name");
            b.go("app/accounts/detail.xhtml?id=NOPE-" + UUID.randomUUID());
            b.waitForText("#error-title", "Not found");
            b.go("app/restrictions/restriction.xhtml?id=987654321987");
            b.waitForText("#error-title", "Not found");
            b.go("app/cases/case.xhtml?ticket=RD-ZZZZ-ZZZZ");
            b.waitForText("#error-title", "Not found");
            // a link without its record: not found either, not an error page
            b.go("app/cases/case.xhtml");
            b.waitForText("#error-title", "Not found");
            b.go("app/accounts/detail.xhtml");
            b.waitForText("#error-title", "Not found");
            b.go("app/restrictions/appeals.xhtml");
            b.waitForText("#error-title", "Not allowed");
            b.go("app/restrictions/after-complaints.xhtml");
            b.waitForText("#error-title", "Not allowed");
        }
    }

    /**
     * The forms of what a role may not do answer as every forbidden page does, when their address is typed: an auditor
     * or an administrator opens no case and requests no restriction; an agent, who does both, gets the forms.
     */
    @Test
    void theNewCaseAndRestrictionRequestFormsAreNotAllowedToWhoMayNotSendThem() throws Exception {
        String account = Restrictions.newAccount(Api.as(Api.newStaff("INTEGRATION")), 0);
        for (String role : List.of("AUDITOR", "ADMIN")) {
            Credentials who = Api.newStaff(role);
            try (Browser b = Browser.open("refusal-forms-" + role)) {
                b.go("app/index.xhtml");
                b.signIn(who.username(), who.password());
                b.find("#welcome-name");
                b.go("app/cases/new.xhtml");
                b.waitForText("#error-title", "Not allowed");
                assertTrue(b.driver().findElements(By.cssSelector("[id='case:open']")).isEmpty(), role + ": no form to send");
                b.go("app/restrictions/request.xhtml?account=" + account);
                b.waitForText("#error-title", "Not allowed");
                assertTrue(b.driver().findElements(By.cssSelector("[id='request:submit']")).isEmpty(), role + ": no form to send");
            }
        }
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("refusal-forms-agent")) {
            b.go("app/index.xhtml");
            b.signIn(agent.username(), agent.password());
            b.find("#welcome-name");
            b.go("app/cases/new.xhtml");
            b.find("[id='case:open']");
            b.go("app/restrictions/request.xhtml?account=" + account);
            b.find("[id='request:submit']");
            assertTrue(b.driver().findElements(By.id("error-title")).isEmpty(), "the agent's forms open");
        }
    }
}
