package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Restrictions;
import io.redress.it.support.Screenings;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a customer is told of a held deposit and of its release comes from the message catalogue, in the language the
 * exchange reported with the deposit (English when it did not), through the one outbox.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningLettersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api compliance;
    private Api secondOfficer;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
        secondOfficer = Api.as(Api.newStaff("COMPLIANCE"));
    }

    private static boolean absent(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    /** Every message of the one customer outbox queued for the account. */
    private List<JsonObject> messagesFor(String account) {
        List<JsonObject> out = new ArrayList<>();
        long after = 0;
        while (true) {
            Reply r = exchange.get("messages?after=" + after + "&limit=500");
            assertEquals(200, r.status(), r.body());
            List<JsonObject> batch = r.json().getJsonArray("messages").getValuesAs(JsonObject.class);
            batch.stream().filter(m -> account.equals(m.getString("accountId", null))).forEach(out::add);
            if (batch.isEmpty() || absent(r.json(), "next")) {
                return out;
            }
            after = r.json().getJsonNumber("next").longValue();
        }
    }

    private JsonObject message(String account, String kind) {
        return messagesFor(account).stream().filter(m -> kind.equals(m.getString("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " for " + account));
    }

    private void release(Screenings.Held held) {
        JsonObject inv = compliance.get("investigations?accountId=" + held.accountId()).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("id").longValue() == held.investigationId()).findFirst().orElseThrow();
        Reply proposed = compliance.post("investigations/" + held.investigationId() + "/proposal",
                "{\"outcome\":\"RELEASE\",\"reason\":\"A quarter of a busy address's funds: no link to the customer\",\"version\":"
                        + inv.getInt("version") + "}");
        assertEquals(200, proposed.status(), proposed.body());
        Reply released = secondOfficer.post("investigations/" + held.investigationId() + "/approval",
                "{\"version\":" + proposed.json().getInt("version") + "}");
        assertEquals(200, released.status(), released.body());
    }

    @Test
    void aFrenchCustomersHoldAndRelease_areWrittenInFrench() {
        String account = Restrictions.newAccount(exchange, 0);
        Screenings.Held held = Screenings.heldDeposit(exchange, compliance, account, "fr");

        JsonObject hold = message(account, "DEPOSIT_UNDER_REVIEW");
        assertEquals("fr", hold.getString("language"));
        assertEquals("SCREENING_DEPOSIT_RESTRICTED", hold.getString("templateCode"));
        assertEquals("Restriction temporaire sur votre dépôt", hold.getString("subject"));
        assertTrue(hold.getString("body").startsWith("Bonjour,"), hold.getString("body"));
        assertTrue(hold.getString("body").contains("tout ou partie de votre dépôt en ETH (transaction 0x"), hold.getString("body"));
        assertTrue(hold.getString("body").contains("fait l'objet d'une restriction temporaire"), hold.getString("body"));
        assertFalse(hold.getString("body").contains("{"), "every placeholder filled in");

        release(held);
        JsonObject lifted = message(account, "DEPOSIT_REVIEW_COMPLETE");
        assertEquals("fr", lifted.getString("language"));
        assertEquals("La restriction sur votre dépôt est levée", lifted.getString("subject"));
        assertTrue(lifted.getString("body").contains("a été levée"), lifted.getString("body"));
    }

    @Test
    void withoutALanguage_theCustomerIsWrittenToInEnglish() {
        String account = Restrictions.newAccount(exchange, 0);
        Screenings.heldDeposit(exchange, compliance, account);
        JsonObject hold = message(account, "DEPOSIT_UNDER_REVIEW");
        assertEquals("en", hold.getString("language"));
        assertEquals("A temporary restriction on your deposit", hold.getString("subject"));
        assertTrue(hold.getString("body").contains("is temporarily restricted for a risk control review"), hold.getString("body"));
    }

    @Test
    void aJapaneseCustomerIsWrittenToInJapanese() {
        String account = Restrictions.newAccount(exchange, 0);
        Screenings.heldDeposit(exchange, compliance, account, "ja");
        JsonObject hold = message(account, "DEPOSIT_UNDER_REVIEW");
        assertEquals("ja", hold.getString("language"));
        assertEquals("ご入金の一時的な制限について", hold.getString("subject"));
    }

    @Test
    void aLanguageRedressDoesNotWriteIn_isRefusedByName() {
        String account = Restrictions.newAccount(exchange, 0);
        Reply r = exchange.post("deposits/screen", """
                {"accountId":"%s","chain":"ETH","asset":"ETH","txHash":"%s","sendingAddress":"%s","amount":"1","language":"de"}"""
                .formatted(account, Screenings.tx(), Screenings.evm()));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("\"language\""), r.body());
    }
}
