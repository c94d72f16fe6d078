package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Browser;
import io.redress.it.support.CannedRepliesPage;
import io.redress.it.support.CasePage;
import io.redress.it.support.Fixtures.Credentials;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Canned replies in the console: an agent writing on a case is offered those of the case's language (never a retired
 * one), inserts one after what they typed, edits it and sends it; ADMIN adds, edits and retires them on their page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CannedReplyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    private static JsonObject canned(Api admin, String title, String language, String body) {
        Reply r = admin.post("canned-replies", """
                {"title":"%s","language":"%s","body":"%s"}""".formatted(title, language, body));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    @Test
    void anAgentInsertsACannedReplyOfTheCasesLanguageEditsItAndSendsIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Api admin = Api.as(Api.newStaff("ADMIN"));
        String body = "Votre dépôt sera crédité sous 24 heures (" + tag + ").";
        canned(admin, "Délai de dépôt " + tag, "fr", body);
        canned(admin, "Deposit delay " + tag, "en", "Your deposit arrives within 24 hours.");
        JsonObject old = canned(admin, "Ancien délai " + tag, "fr", "Sous 72 heures.");
        Reply retired = admin.post("canned-replies/" + old.getJsonNumber("id").longValue() + "/retire",
                "{\"version\":" + old.getJsonNumber("version").longValue() + "}");
        assertEquals(200, retired.status(), retired.body());

        Reply opened = Api.as(Api.newStaff("INTEGRATION")).post("cases", """
                {"channel":"EMAIL","customerName":"Ana","customerContact":"ana@example.org","language":"fr",
                 "subject":"Dépôt %s","description":"Mon dépôt n'est pas crédité.","category":"FUNDS_HOLD","priority":"P3"}"""
                .formatted(tag));
        assertEquals(201, opened.status(), opened.body());
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("canned-reply-case")) {
            CasePage page = CasePage.open(b, opened.json().getString("ticket"), agent);
            List<String> offered = page.cannedTitles();
            assertTrue(offered.contains("Délai de dépôt " + tag), "the case's language is offered: " + offered);
            assertFalse(offered.contains("Deposit delay " + tag), "not another language's: " + offered);
            assertFalse(offered.contains("Ancien délai " + tag), "never a retired one: " + offered);

            page.type("Bonjour Ana,");
            page.pickCanned("Délai de dépôt " + tag);
            page.untilReplyBoxIs("Bonjour Ana,\n\n" + body);
            b.screenshot("canned-reply-inserted");

            page.type(" Merci de votre patience.");
            page.send("Merci de votre patience.");
            assertTrue(page.thread().contains(body), "the canned text was sent: " + page.thread());
            assertEquals("", page.replyBox(), "the box is empty once sent");
        }
    }

    @Test
    void adminAddsEditsAndRetiresCannedRepliesOnTheirPage() throws Exception {
        String title = "Welcome " + UUID.randomUUID().toString().substring(0, 6);
        Credentials admin = Api.newStaff("ADMIN");
        try (Browser b = Browser.open("canned-replies-admin")) {
            CannedRepliesPage page = CannedRepliesPage.open(b, admin);
            page.add(" ", "en", "");
            assertTrue(page.messageNextTo("create:title").contains("1 to 120"), "the title's refusal is next to it");
            assertTrue(page.messageNextTo("create:body").contains("1 to 4000"), "and the text's next to it");

            page.add(title, "ja", "お問い合わせありがとうございます。");
            assertEquals("Offered", page.state(title));
            page.edit(title, "ご連絡ありがとうございます。");
            assertEquals("ご連絡ありがとうございます。", page.text(title));
            page.retire(title, "Retired");
            assertFalse(page.editable(title), "a retired reply offers no edit");
            b.screenshot("canned-replies-admin");
        }
        List<JsonObject> stored = Api.as(admin).get("canned-replies?language=ja&retired=true").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("title").equals(title)).toList();
        assertEquals(1, stored.size());
        assertEquals("ご連絡ありがとうございます。", stored.get(0).getString("body"));
        assertFalse(stored.get(0).isNull("retiredAt"), stored.toString());
    }

    /** A title that would show reversed (a right-to-left override) is refused next to the field, as a control character is. */
    @Test
    void aTitleWithABidirectionalOverrideIsRefusedNextToTheField() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Credentials admin = Api.newStaff("ADMIN");
        try (Browser b = Browser.open("canned-replies-bidi")) {
            CannedRepliesPage page = CannedRepliesPage.open(b, admin);
            page.addPastingTitle("Refund " + tag + " \u202Efdp.exe", "en", "Your refund is on its way.");
            String message = page.messageNextTo("create:title");
            assertTrue(message.contains("bidirectional control character U+202E"), message);
        }
        assertFalse(Api.as(admin).get("canned-replies?language=en").body().contains(tag), "nothing was stored");
    }
}
