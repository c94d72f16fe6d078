package io.redress.it;

import io.redress.it.support.Api;
import io.redress.it.support.Browser;
import io.redress.it.support.Fixtures.Credentials;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
}
