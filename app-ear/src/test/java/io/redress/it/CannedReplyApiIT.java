package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Canned replies over REST: ADMIN creates, revises (version or If-Match) and retires them, every change audited;
 * those who write to customers read them by language; bad input is a 400 naming the field; a retired reply is
 * neither listed by default nor changed (422 canned-reply-retired).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CannedReplyApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api admin;
    private Api agent;
    private String tag;

    @BeforeEach
    void people() {
        admin = Api.as(Api.newStaff("ADMIN"));
        agent = Api.as(Api.newStaff("AGENT"));
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonObject create(String title, String language, String body) {
        Reply r = admin.post("canned-replies", """
                {"title":"%s","language":"%s","body":"%s"}""".formatted(title, language, body));
        assertEquals(201, r.status(), r.body());
        assertTrue(r.etag() != null, "an ETag for If-Match");
        return r.json();
    }

    private static boolean listed(Reply list, long id) {
        return list.jsonArray().getValuesAs(JsonObject.class).stream().anyMatch(o -> o.getJsonNumber("id").longValue() == id);
    }

    @Test
    void adminCreatesRevisesAndRetiresAndEachStepIsAudited() {
        JsonObject created = create("Refund " + tag, "fr", "Bonjour,\\nVotre remboursement arrive sous 3 jours.");
        long id = created.getJsonNumber("id").longValue();
        assertEquals("fr", created.getString("language"));
        assertEquals("Bonjour,\nVotre remboursement arrive sous 3 jours.", created.getString("body"));

        Reply one = agent.get("canned-replies/" + id);
        assertEquals(200, one.status(), one.body());
        assertEquals("Refund " + tag, one.json().getString("title"));
        assertTrue(listed(agent.get("canned-replies?language=fr"), id), "listed in its language");
        assertFalse(listed(agent.get("canned-replies?language=en"), id), "not in another");

        // revised with the version in the body, then again with If-Match
        Reply revised = admin.put("canned-replies/" + id, """
                {"title":"Refund timing %s","language":"fr","body":"Bonjour, sous 5 jours.","version":%d}"""
                .formatted(tag, created.getJsonNumber("version").longValue()));
        assertEquals(200, revised.status(), revised.body());
        assertEquals("Refund timing " + tag, revised.json().getString("title"));
        Reply viaIfMatch = admin.put("canned-replies/" + id, """
                {"title":"Refund timing %s","language":"fr","body":"Bonjour, sous 4 jours."}""".formatted(tag),
                "If-Match", revised.etag());
        assertEquals(200, viaIfMatch.status(), viaIfMatch.body());
        assertEquals("Bonjour, sous 4 jours.", viaIfMatch.json().getString("body"));

        // the version read before the last change is stale
        Reply stale = admin.put("canned-replies/" + id, """
                {"title":"Late","language":"fr","body":"Trop tard.","version":%d}"""
                .formatted(revised.json().getJsonNumber("version").longValue()));
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.isProblem());

        long version = viaIfMatch.json().getJsonNumber("version").longValue();
        Reply retired = admin.post("canned-replies/" + id + "/retire", """
                {"version":%d,"reason":"replaced by the new refund policy"}""".formatted(version));
        assertEquals(200, retired.status(), retired.body());
        assertFalse(retired.json().isNull("retiredAt"), retired.body());
        assertFalse(listed(agent.get("canned-replies?language=fr"), id), "a retired reply is not offered");
        assertTrue(listed(admin.get("canned-replies?language=fr&retired=true"), id), "but kept for the record");

        long after = retired.json().getJsonNumber("version").longValue();
        Reply edit = admin.put("canned-replies/" + id, """
                {"title":"Again","language":"fr","body":"Encore.","version":%d}""".formatted(after));
        assertEquals(422, edit.status(), edit.body());
        assertTrue(edit.isProblem());
        assertEquals("canned-reply-retired", edit.json().getString("rule"));
        Reply twice = admin.post("canned-replies/" + id + "/retire", "{\"version\":%d}".formatted(after));
        assertEquals(422, twice.status(), twice.body());
        assertEquals("canned-reply-retired", twice.json().getString("rule"));

        Reply trail = Api.as(Api.newStaff("AUDITOR")).get("audit?entity=CannedReply:" + id);
        assertEquals(200, trail.status(), trail.body());
        for (String action : List.of("CANNED_REPLY_CREATED", "CANNED_REPLY_REVISED", "CANNED_REPLY_RETIRED")) {
            assertTrue(trail.body().contains(action), action + " audited: " + trail.body());
        }
        assertTrue(trail.body().contains("replaced by the new refund policy"), "the retirement's reason kept");
    }

    @Test
    void badInputIsA400NamingEachField() {
        Reply empty = admin.post("canned-replies", "{\"title\":\" \",\"language\":\"de\"}");
        assertEquals(400, empty.status(), empty.body());
        assertTrue(empty.isProblem());
        for (String field : List.of("\"title\"", "\"language\"", "\"body\"")) {
            assertTrue(empty.body().contains(field), field + " named: " + empty.body());
        }
        Reply tooLong = admin.post("canned-replies", """
                {"title":"%s","language":"en","body":"%s"}""".formatted("t".repeat(121), "b".repeat(4001)));
        assertEquals(400, tooLong.status(), tooLong.body());
        assertTrue(tooLong.body().contains("\"title\"") && tooLong.body().contains("\"body\""), tooLong.body());
        Reply unknown = admin.post("canned-replies", "{\"title\":\"t\",\"language\":\"en\",\"body\":\"b\",\"colour\":1}");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("colour"), unknown.body());

        long id = create("Version " + tag, "en", "Hello").getJsonNumber("id").longValue();
        Reply noVersion = admin.put("canned-replies/" + id, "{\"title\":\"t\",\"language\":\"en\",\"body\":\"b\"}");
        assertEquals(400, noVersion.status(), noVersion.body());
        assertTrue(noVersion.body().contains("\"version\""), noVersion.body());
        Reply badIfMatch = admin.put("canned-replies/" + id, "{\"title\":\"t\",\"language\":\"en\",\"body\":\"b\"}",
                "If-Match", "\"not-a-version\"");
        assertEquals(400, badIfMatch.status(), badIfMatch.body());
        assertTrue(badIfMatch.body().contains("If-Match"), badIfMatch.body());
        Reply longReason = admin.post("canned-replies/" + id + "/retire", "{\"reason\":\"%s\"}".formatted("r".repeat(2001)));
        assertEquals(400, longReason.status(), longReason.body());
        assertTrue(longReason.body().contains("\"reason\"") && longReason.body().contains("\"version\""),
                "both the reason and the missing version named: " + longReason.body());

        Reply badFilter = agent.get("canned-replies?language=klingon&retired=maybe");
        assertEquals(400, badFilter.status(), badFilter.body());
        assertTrue(badFilter.body().contains("\"language\"") && badFilter.body().contains("\"retired\""), badFilter.body());

        for (String path : List.of("canned-replies/abc", "canned-replies/987654321", "canned-replies/-1")) {
            Reply missing = agent.get(path);
            assertEquals(404, missing.status(), path + ": " + missing.body());
            assertTrue(missing.isProblem());
        }
        Reply putMissing = admin.put("canned-replies/SWEEP-x", "{\"title\":\"t\",\"language\":\"en\",\"body\":\"b\",\"version\":0}");
        assertEquals(404, putMissing.status(), putMissing.body());
        assertTrue(putMissing.isProblem());
    }

    @Test
    void onlyAdminChangesThemAndWhoWritesToCustomersReadsThem() {
        long id = create("Perms " + tag, "ja", "こんにちは").getJsonNumber("id").longValue();
        String create = "{\"title\":\"t\",\"language\":\"en\",\"body\":\"b\"}";
        String body = "{\"title\":\"t\",\"language\":\"en\",\"body\":\"b\",\"version\":0}";
        for (String role : List.of("AGENT", "SUPERVISOR", "SECURITY", "COMPLIANCE", "AUDITOR", "INTEGRATION")) {
            Api someone = Api.as(Api.newStaff(role));
            for (Reply refused : List.of(someone.post("canned-replies", create), someone.put("canned-replies/" + id, body),
                    someone.post("canned-replies/" + id + "/retire", "{\"version\":0}"))) {
                assertEquals(403, refused.status(), role + ": " + refused.body());
                assertTrue(refused.isProblem());
            }
            int read = someone.get("canned-replies/" + id).status();
            boolean reads = !role.equals("AUDITOR") && !role.equals("INTEGRATION");
            assertEquals(reads ? 200 : 403, read, role + " reads canned replies: " + reads);
        }
        assertEquals(401, Api.anonymous().get("canned-replies").status());
        assertEquals("こんにちは", agent.get("canned-replies/" + id).json().getString("body"));
    }
}
