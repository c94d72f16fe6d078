package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.AppealsPage;
import io.redress.it.support.Browser;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.MatrixPage;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Restrictions;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pages of due process that had no page test: the status matrix and the appeals a reviewer decides. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestrictionPagesBrowserIT {

    private static final String KYC = "KYC_REFRESH_OVERDUE";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    /** What the matrix promises is what the exchange's decision endpoint answers, cell by cell, for the rows tested here. */
    @Test
    void theMatrixSaysWhatTheDecisionServiceAnswers() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String active = Restrictions.newAccount(exchange, 1);
        String withdrawOnly = Restrictions.newAccount(exchange, 1);
        long id = Restrictions.request(Api.as(Api.newStaff("AGENT")), withdrawOnly, Restrictions.body("WITHDRAW_ONLY", KYC, 14));
        assertEquals(200, Restrictions.approve(Api.as(Api.newStaff("SUPERVISOR")), id, null).status());

        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("matrix-page")) {
            b.go("app/restrictions/matrix.xhtml");
            b.signIn(agent.username(), agent.password());
            MatrixPage matrix = MatrixPage.open(b);
            List<String> actions = matrix.actions();
            assertTrue(actions.containsAll(List.of("TRADE", "WITHDRAW", "DEPOSIT")), "the columns: " + actions);
            int denied = 0;
            for (String action : actions) {
                for (var row : List.of(new String[] {"ACTIVE", active}, new String[] {"WITHDRAW_ONLY", withdrawOnly})) {
                    Reply decision = Restrictions.decide(exchange, row[1], action);
                    assertEquals(200, decision.status(), action + ": " + decision.body());
                    boolean allowed = decision.json().getBoolean("allowed");
                    denied += allowed ? 0 : 1;
                    assertEquals(allowed ? "allowed" : "denied", matrix.said(row[0], action).toLowerCase(),
                            "the matrix's " + row[0] + " row, column " + action + ", against the decision service");
                }
            }
            assertTrue(denied > 0, "the withdraw-only account is refused something");
            b.screenshot("matrix");
        }
    }

    /**
     * A customer's appeal: whoever approved the measure is refused in the dialog, with the rule in words; another
     * supervisor modifies it (more time), the appeal leaves the list and the confirmation names the outcome.
     */
    @Test
    void aReviewerWhoTookNoPartDecidesTheAppealAndTheApproverIsRefused() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Credentials approver = Api.newStaff("SUPERVISOR");
        Credentials reviewer = Api.newStaff("SUPERVISOR");
        String account = Restrictions.newAccount(exchange, 0);
        long id = Restrictions.request(Api.as(Api.newStaff("AGENT")), account, Restrictions.body("WITHDRAW_ONLY", KYC, 14));
        assertEquals(200, Restrictions.approve(Api.as(approver), id, null).status());
        Reply filed = exchange.post("restrictions/" + id + "/appeals", "{\"statement\":\"I sent the documents last week.\"}");
        assertEquals(201, filed.status(), filed.body());
        long appeal = filed.json().getJsonNumber("id").longValue();

        try (Browser b = Browser.open("appeals-approver")) {
            b.go("app/restrictions/appeals.xhtml");
            b.signIn(approver.username(), approver.password());
            AppealsPage page = AppealsPage.open(b);
            assertTrue(page.row(id).contains("I sent the documents last week."), page.row(id));
            page.decide(id).outcome("Upheld").reasons("The documents were not received by the KYC team.").submit();
            String refusal = page.refusal();
            assertTrue(refusal.contains("neither requested nor approved"), "the rule, in words: " + refusal);
            page.close();
        }
        try (Browser b = Browser.open("appeals-reviewer")) {
            b.go("app/restrictions/appeals.xhtml");
            b.signIn(reviewer.username(), reviewer.password());
            AppealsPage page = AppealsPage.open(b);
            page.decide(id).outcome("Modified").extraWindowDays(7).reasons("The post is slow; a week more to withdraw.").submit();
            b.waitForText("#messages", "Restriction " + id + " updated");
            assertTrue(b.find("#messages").getText().contains("Modified"), b.find("#messages").getText());
            assertFalse(b.find("#messages").getText().contains("MODIFIED"), "the outcome in words, not its code");
            assertEquals("", page.row(id), "a decided appeal leaves the open list");
            b.screenshot("appeals-decided");
        }
        Reply decided = exchange.get("appeals/" + appeal);
        assertEquals(200, decided.status(), decided.body());
        assertEquals("MODIFIED", decided.json().getString("state"));
    }
}
