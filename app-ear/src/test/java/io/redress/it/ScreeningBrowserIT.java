package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A compliance officer imports a list in the console: the bad line is named with its file and line; the address is found. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    @Test
    void aComplianceOfficerImportsAListAndSeesItsBadLine() throws Exception {
        Credentials officer = Api.newStaff("COMPLIANCE");
        String source = "UI-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser b = Browser.open("screening-import")) {
            b.go("app/index.xhtml");
            b.signIn(officer.username(), officer.password());
            b.find("#nav-screening").click();
            b.find("#import\\:source").sendKeys(source);
            b.find("#import\\:fileName").sendKeys("sanctioned_addresses_TRX.txt");
            b.find("#import\\:content").sendKeys("TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre\nTBHTJqAy4DhHhmT3dNceJYNRz4SdLofLrf\n");
            b.find("#import\\:submit").click();
            // the import runs as a job: its progress bar and its bad line first (polled every 2 s), then its report
            b.waitForText("#progressText", "Applying the lines");
            assertTrue(b.find("#lastPanelWrap").getText().contains("sanctioned_addresses_TRX.txt:2:"), "bad lines known at once");
            b.screenshot("screening-import-running");
            b.waitForText("#lastSummary", source.toUpperCase() + ": 2 lines, 1 added");
            b.waitForText("#lastPanelWrap", "sanctioned_addresses_TRX.txt:2:");
            b.screenshot("screening-imported");

            b.find("#lookup\\:address").sendKeys("TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre");
            b.find("#lookup\\:find").click();
            b.waitForText("[id='lookup:listings']", source.toUpperCase());
            assertTrue(b.find("[id='lookup:listings']").getText().contains("SANCTIONS"));
        }
    }

    @Test
    void anAgentHasNoScreeningPage() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("screening-agent")) {
            b.go("app/index.xhtml");
            b.signIn(agent.username(), agent.password());
            assertTrue(b.driver().findElements(org.openqa.selenium.By.id("nav-screening")).isEmpty());
        }
    }
}
