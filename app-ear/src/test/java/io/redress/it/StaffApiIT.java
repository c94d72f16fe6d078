package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff accounts over REST, as an IT department scripts them: ADMIN only, every change versioned and audited. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Credentials adminLogin;
    private Api admin;

    @BeforeEach
    void people() {
        adminLogin = Api.newStaff("ADMIN");
        admin = Api.as(adminLogin);
    }

    private static String name() {
        return "it-" + UUID.randomUUID().toString().substring(0, 10);
    }

    private static long version(Reply r) {
        return r.json().getJsonNumber("version").longValue();
    }

    @Test
    void anAdministratorCreatesDisablesEnablesAndReRolesStaffOverRest() {
        String username = name();
        Reply created = admin.post("staff", """
                {"username":"%s","displayName":"Robin Reviewer","roles":["COMPLIANCE"],"password":"a long enough password"}"""
                .formatted(username));
        assertEquals(201, created.status(), created.body());
        assertEquals("COMPLIANCE", created.json().getJsonArray("roles").getString(0));
        assertTrue(created.json().getBoolean("enabled"));
        assertFalse(created.body().contains("password"), "never the password or its hash");
        Api robin = Api.as(username, "a long enough password");
        assertEquals(200, robin.get("restrictions/pending").status(), "a compliance officer reads the approval inbox");

        assertTrue(admin.get("staff").jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getString("username").equals(username)));
        assertEquals(username, admin.get("staff/" + username).json().getString("username"));

        Reply disabled = admin.post("staff/" + username + "/disable", "{\"version\":%d,\"reason\":\"left the team\"}"
                .formatted(version(created)));
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().getBoolean("enabled"));
        assertEquals(401, robin.get("restrictions/pending").status(), "out at once");

        Reply stale = admin.post("staff/" + username + "/enable", "{\"version\":%d}".formatted(version(created)));
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.isProblem());

        Reply enabled = admin.post("staff/" + username + "/enable", "{\"version\":%d,\"reason\":\"back\"}".formatted(version(disabled)));
        assertEquals(200, enabled.status(), enabled.body());
        assertEquals(200, robin.get("restrictions/pending").status());

        Reply reRoled = admin.put("staff/" + username + "/roles", "{\"roles\":[\"AGENT\"],\"version\":%d,\"reason\":\"moved\"}"
                .formatted(version(enabled)));
        assertEquals(200, reRoled.status(), reRoled.body());
        Reply nowAgent = robin.get("restrictions/pending");
        assertEquals(403, nowAgent.status(), "the new roles count on the next request");
        assertTrue(nowAgent.isProblem());
    }

    @Test
    void badStaffRequestsAreProblemsNamingTheFieldOrRule() {
        String username = name();
        Reply bad = admin.post("staff", """
                {"username":"Not Valid","displayName":"","roles":["WIZARD"],"password":"short","colour":"red"}""");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.isProblem());
        String fields = bad.json().getJsonArray("errors").toString();
        assertTrue(fields.contains("\"roles[0]\"") && fields.contains("\"colour\""), fields);

        Reply weak = admin.post("staff", """
                {"username":"%s","displayName":"Weak","roles":["AGENT"],"password":"short"}""".formatted(username));
        assertEquals(400, weak.status(), weak.body());
        assertEquals("password", weak.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(201, admin.post("staff", """
                {"username":"%s","displayName":"Once","roles":["AGENT"],"password":"a long enough password"}""".formatted(username)).status());
        Reply taken = admin.post("staff", """
                {"username":"%s","displayName":"Twice","roles":["AGENT"],"password":"a long enough password"}""".formatted(username));
        assertEquals(400, taken.status());
        assertEquals("username", taken.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        long myVersion = admin.get("staff/" + adminLogin.username()).json().getJsonNumber("version").longValue();
        Reply self = admin.post("staff/" + adminLogin.username() + "/disable", "{\"version\":%d}".formatted(myVersion));
        assertEquals(422, self.status(), self.body());
        assertEquals("no-self-disable", self.json().getString("rule"));
        // a user name is stored and compared in lower case: the same person under capitals, found and still themselves
        String shouted = adminLogin.username().toUpperCase(java.util.Locale.ROOT);
        assertEquals(adminLogin.username(), admin.get("staff/" + shouted).json().getString("username"));
        Reply selfShouted = admin.post("staff/" + shouted + "/disable", "{\"version\":%d,\"reason\":\"trying my own account\"}"
                .formatted(myVersion));
        assertEquals(422, selfShouted.status(), selfShouted.body());
        assertEquals("no-self-disable", selfShouted.json().getString("rule"));
        Reply demoted = admin.put("staff/" + shouted + "/roles", "{\"roles\":[\"AGENT\"],\"version\":%d,\"reason\":\"trying\"}"
                .formatted(myVersion));
        assertEquals(422, demoted.status(), demoted.body());
        assertEquals("no-self-demotion", demoted.json().getString("rule"));

        Reply noVersion = admin.post("staff/" + username + "/disable", "{}");
        assertEquals(400, noVersion.status());
        assertEquals("version", noVersion.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        long theirVersion = admin.get("staff/" + username).json().getJsonNumber("version").longValue();
        for (String noReason : new String[] {"{\"version\":%d}", "{\"version\":%d,\"reason\":\"  \"}", "{\"version\":%d,\"reason\":\"bye\"}"}) {
            Reply refused = admin.post("staff/" + username + "/disable", noReason.formatted(theirVersion));
            assertEquals(400, refused.status(), refused.body());
            assertEquals("reason", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertTrue(admin.get("staff/" + username).json().getBoolean("enabled"), "a disable refused for its reason changes nothing");

        Reply unknown = admin.get("staff/nobody-" + UUID.randomUUID().toString().substring(0, 6));
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem());
    }

    /**
     * Four eyes rests on the second person being someone the first could not make: an administrator who gave
     * themselves COMPLIANCE could approve a suspension alone. Refused 422 and audited; another administrator may grant it.
     */
    @Test
    void nobodyGivesThemselvesARoleAnotherAdministratorMay() {
        String me = adminLogin.username();
        long myVersion = version(admin.get("staff/" + me));
        Reply selfGrant = admin.put("staff/" + me + "/roles", """
                {"roles":["ADMIN","COMPLIANCE"],"version":%d,"reason":"I approve suspensions too"}""".formatted(myVersion));
        assertEquals(422, selfGrant.status(), selfGrant.body());
        assertTrue(selfGrant.isProblem());
        assertEquals("urn:redress:problem:rule-violation", selfGrant.json().getString("type"), selfGrant.body());
        assertEquals("no-self-role-grant", selfGrant.json().getString("rule"));
        assertTrue(selfGrant.json().getString("detail").contains("COMPLIANCE"), selfGrant.body());
        assertEquals(403, admin.get("restrictions/pending").status(), "still no approver: the roles did not change");
        assertEquals(myVersion, version(admin.get("staff/" + me)));
        var refusals = io.redress.it.support.Time.audit("STAFF_CHANGE_REFUSED", me);
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.getJsonObject(0).toString().contains("no-self-role-grant"), refusals.toString());

        Reply selfDisable = admin.post("staff/" + me + "/disable", "{\"version\":%d,\"reason\":\"trying my own account\"}"
                .formatted(myVersion));
        assertEquals(422, selfDisable.status(), selfDisable.body());
        assertEquals(2, io.redress.it.support.Time.audit("STAFF_CHANGE_REFUSED", me).size(), "the self-disable refusal too");

        Reply dropNothingAddNothing = admin.put("staff/" + me + "/roles", """
                {"roles":["ADMIN"],"version":%d,"reason":"the same roles"}""".formatted(myVersion));
        assertEquals(200, dropNothingAddNothing.status(), dropNothingAddNothing.body());

        Api another = Api.as(Api.newStaff("ADMIN"));
        Reply granted = another.put("staff/" + me + "/roles", """
                {"roles":["ADMIN","COMPLIANCE"],"version":%d,"reason":"second compliance approver"}"""
                .formatted(version(dropNothingAddNothing)));
        assertEquals(200, granted.status(), granted.body());
        assertEquals(200, admin.get("restrictions/pending").status(), "granted by someone else, it counts");
        Reply dropOwn = admin.put("staff/" + me + "/roles", """
                {"roles":["ADMIN"],"version":%d,"reason":"back to administration only"}""".formatted(version(granted)));
        assertEquals(200, dropOwn.status(), "dropping a role of one's own is allowed: " + dropOwn.body());
    }

    @Test
    void onlyAnAdministratorManagesStaff() {
        for (String role : new String[] {"AGENT", "SUPERVISOR", "COMPLIANCE", "AUDITOR", "INTEGRATION"}) {
            Api someone = Api.as(Api.newStaff(role));
            Reply list = someone.get("staff");
            assertEquals(403, list.status(), role);
            assertTrue(list.isProblem(), role);
            assertEquals(403, someone.post("staff", """
                    {"username":"%s","displayName":"X","roles":["ADMIN"],"password":"a long enough password"}""".formatted(name()))
                    .status(), role);
        }
        assertEquals(401, Api.anonymous().get("staff").status());
    }
}
