package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Browser;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.PageChecks;
import io.redress.it.support.Screenings;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A compliance officer opens a held deposit's investigation from the menu, reads the evidence, adds a note and proposes
 * RELEASE, and cannot approve it herself; an agent opening the same account sees only that a risk review is open; a
 * second compliance officer approves, and the page says the hold is released (the next WITHDRAW decision agrees).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvestigationBrowserIT {

    private static final String NOTE = "Customer's payslips received: the funds are salary, no link to the exploit.";
    private static final String REASON = "A quarter of a busy address's funds, one hop from the exploit; source of funds shown.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    private static String heldAmounts(Api exchange, String account) {
        JsonObject decision = exchange.get("accounts/" + account + "/decision?action=WITHDRAW").json();
        return decision.getJsonArray("fundsHeld").toString();
    }

    /** What an agent's account page shows: the risk review's existence, and nothing the screening found. */
    private static void anAgentSeesOnlyARiskReview(Screenings.Held held, boolean open) throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("investigation-agent-" + open)) {
            b.go("app/accounts/detail.xhtml?id=" + held.accountId());
            b.signIn(agent.username(), agent.password());
            b.find("#standing");
            List<?> review = b.driver().findElements(By.id("risk-review-open"));
            assertEquals(open ? 1 : 0, review.size(), "the risk review shows while open, and only then");
            b.find("#timeline-panel");
            String page = b.driver().findElement(By.tagName("body")).getText();
            for (String secret : List.of("HACK", "SCREENING_", "INVESTIGATION", held.hacker(), held.middle(), NOTE, REASON,
                    "IT bridge exploit")) {
                int at = page.indexOf(secret);
                assertTrue(at < 0, "an agent's account page shows " + secret + ": ..."
                        + page.substring(Math.max(0, at - 120), Math.min(page.length(), at + 120)) + "...");
            }
            assertTrue(b.driver().findElements(By.cssSelector("a[href*='screening/investigation']")).isEmpty(),
                    "no way to the investigation");
            assertTrue(b.driver().findElements(By.id("nav-investigations")).isEmpty(), "no investigations in the agent's menu");
            b.go("app/screening/investigation.xhtml?id=" + held.investigationId());
            b.waitForText("#error-title", "Not allowed");
            String refused = b.driver().findElement(By.tagName("body")).getText();
            assertFalse(refused.contains(held.hacker()) || refused.contains("HACK"), "the refusal tells nothing either");
            b.go("app/screening/report.xhtml?id=" + held.investigationId());
            b.waitForText("#error-title", "Not allowed");
            b.screenshot("investigation-agent-account-" + (open ? "open" : "released"));
        }
    }

    @Test
    void oneOfficerProposesARelease_anotherApproves_anAgentSeesOnlyARiskReview() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api setup = Api.as(Api.newStaff("COMPLIANCE"));
        Screenings.Held held = Screenings.heldDeposit(exchange, setup);
        String id = Long.toString(held.investigationId());
        assertTrue(heldAmounts(exchange, held.accountId()).contains("HOLD"), "the deposit is held");

        Credentials first = Api.newStaff("COMPLIANCE");
        try (Browser b = Browser.open("investigation-proposer")) {
            b.go("app/index.xhtml");
            b.signIn(first.username(), first.password());
            b.find("#investigations-open");
            b.find("#nav-investigations").click();
            b.find("[id='investigations:table']");
            b.driver().findElement(By.xpath("//a[text()='" + id + "']")).click();
            b.waitForText("#investigation-state", "Open");
            assertTrue(b.find("#held-amount").getText().startsWith("1"), b.find("#held-amount").getText());
            assertTrue(b.find("#exposure").getText().contains(held.hacker()), "the evidence path starts at the listed address");
            assertTrue(b.find("#exposure").getText().contains("IT bridge exploit"), "who listed it");
            b.find("#timeline-panel");
            assertEquals(List.of(), PageChecks.unlabelledInputs(b), "every input of the investigation page is labelled");

            b.find("#notes\\:note").sendKeys(NOTE);
            b.find("#notes\\:add").click();
            b.waitForText("#notes-list", NOTE);
            b.waitForText("#messages", "Note added");

            b.find("label[for='propose:outcome:0']").click();
            b.find("#propose\\:reason").sendKeys(REASON);
            b.find("#propose\\:submit").click();
            b.waitForText("#investigation-state", "Release proposed");
            b.waitForText("#proposal", REASON);

            // four eyes: the proposer's own approval is refused on the page, the proposal stays
            b.find("#approve\\:submit").click();
            b.waitForText("#messages", "Another compliance officer than the proposer approves the outcome");
            assertEquals("Release proposed", b.find("#investigation-state").getText());
            b.screenshot("investigation-proposed");
        }
        assertTrue(heldAmounts(exchange, held.accountId()).contains("HOLD"), "a proposal releases nothing");

        anAgentSeesOnlyARiskReview(held, true);

        Credentials second = Api.newStaff("COMPLIANCE");
        try (Browser b = Browser.open("investigation-approver")) {
            b.go("app/accounts/detail.xhtml?id=" + held.accountId());
            b.signIn(second.username(), second.password());
            b.find("#risk-review-open");
            b.find("#risk-review-investigations a").click();
            b.waitForText("#investigation-state", "Release proposed");
            assertTrue(b.find("#notes-list").getText().contains(NOTE), "the first officer's note");
            assertTrue(b.find("#notes-list").getText().contains(first.username()));
            b.find("#approve\\:submit").click();
            b.waitForText("#investigation-state", "Released");
            b.waitForText("#messages", "the hold is released");
            b.waitForText("#hold-state", "Released");
            assertTrue(b.find("#deadline").getText().contains("Outcome decided"));
            b.screenshot("investigation-released");
        }
        assertFalse(heldAmounts(exchange, held.accountId()).contains("HOLD"), "the next WITHDRAW decision holds nothing back");
        anAgentSeesOnlyARiskReview(held, false);
    }

    @Test
    void aStaleProposalIsRefusedAsChangedBySomeoneElse() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api other = Api.as(Api.newStaff("COMPLIANCE"));
        Screenings.Held held = Screenings.heldDeposit(exchange, other);
        Credentials officer = Api.newStaff("COMPLIANCE");
        try (Browser b = Browser.open("investigation-stale")) {
            b.go("app/screening/investigation.xhtml?id=" + held.investigationId());
            b.signIn(officer.username(), officer.password());
            b.waitForText("#investigation-state", "Open");
            // meanwhile, another officer proposes
            long version = other.get("investigations/" + held.investigationId()).json().getJsonObject("investigation")
                    .getJsonNumber("version").longValue();
            assertEquals(200, other.post("investigations/" + held.investigationId() + "/proposal",
                    "{\"outcome\":\"REPORT\",\"reason\":\"Hack proceeds\",\"filingReference\":\"SAR-IT-1\",\"version\":" + version + "}").status());

            b.find("label[for='propose:outcome:0']").click();
            b.find("#propose\\:reason").sendKeys(REASON);
            b.find("#propose\\:submit").click();
            b.waitForText("#messages", "changed by someone else");
            assertEquals("Open", b.find("#investigation-state").getText(), "the page still shows what it loaded");
            b.driver().navigate().refresh();
            b.waitForText("#investigation-state", "Report proposed");
        }
    }

    @Test
    void anOfficerAttachesAFileAndABadOneIsRefusedNextToTheField_anAuditorSeesNoAttachments() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api setup = Api.as(Api.newStaff("COMPLIANCE"));
        Screenings.Held held = Screenings.heldDeposit(exchange, setup);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("attach");
        java.nio.file.Path letter = java.nio.file.Files.writeString(dir.resolve("bank-letter.pdf"),
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        java.nio.file.Path fake = java.nio.file.Files.writeString(dir.resolve("fake.pdf"), "not a pdf");

        Credentials officer = Api.newStaff("COMPLIANCE");
        try (Browser b = Browser.open("investigation-attachment")) {
            b.go("app/screening/investigation.xhtml?id=" + held.investigationId());
            b.signIn(officer.username(), officer.password());
            b.waitForText("#investigation-state", "Open");
            b.waitForText("#attachments-panel", "No attachment yet.");
            assertEquals(List.of(), PageChecks.unlabelledInputs(b), "the file field is labelled");

            b.find("#attach input[type='file']").sendKeys(fake.toString());
            b.find("#attach\\:upload").click();
            b.waitForText("#attach", "is not a application/pdf file");
            b.screenshot("investigation-attachment-refused");

            b.find("#attach input[type='file']").sendKeys(letter.toString());
            b.find("#attach\\:upload").click();
            b.waitForText("#attachments", "bank-letter.pdf");
            assertTrue(b.find("#attachments").getText().contains(officer.username()), "who uploaded it");
            assertTrue(b.find("#attachments").getText().contains("SHA-256"), "its hash");
            b.screenshot("investigation-attachment-added");
        }
        assertEquals(1, setup.get("investigations/" + held.investigationId() + "/attachments").jsonArray().size());

        Credentials auditor = Api.newStaff("AUDITOR");
        try (Browser b = Browser.open("investigation-attachment-auditor")) {
            b.go("app/screening/investigation.xhtml?id=" + held.investigationId());
            b.signIn(auditor.username(), auditor.password());
            b.waitForText("#investigation-state", "Open");
            assertTrue(b.driver().findElements(By.id("attachments-panel")).isEmpty(), "an auditor sees no attachments");
            assertFalse(b.driver().findElement(By.tagName("body")).getText().contains("bank-letter.pdf"));
        }
    }
}
