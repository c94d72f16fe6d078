package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's "who" tables are what operators and integrators rely on: for the rows checked here, every role the
 * row names gets past authorization, and every other role gets 403 problem+json.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadmeWhoTableIT {

    enum Role { AGENT, SUPERVISOR, SECURITY, COMPLIANCE, AUDITOR, ADMIN, INTEGRATION }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    /**
     * The roles the README's rows for this endpoint name ("staff" is every role but INTEGRATION): an endpoint may have
     * several rows, one per permission (the staff view and the customer's view of the same record).
     */
    static Set<Role> readmeSays(String endpoint) throws IOException {
        List<String> rows = Files.readAllLines(Path.of("..", "README.md")).stream()
                .filter(l -> l.startsWith("| ") && l.contains("`" + endpoint + "`")).toList();
        if (rows.isEmpty()) {
            throw new AssertionError("the README's who tables have no row for " + endpoint);
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String row : rows) {
            String who = row.substring(row.lastIndexOf('|', row.length() - 2) + 1, row.length() - 1);
            if (who.contains("staff") || who.contains("everyone")) {
                roles.addAll(EnumSet.complementOf(EnumSet.of(Role.INTEGRATION)));
            }
            if (who.contains("everyone")) {
                roles.add(Role.INTEGRATION);
            }
            for (Role r : Role.values()) {
                if (who.matches(".*\\b" + r.name() + "\\b.*")) {
                    roles.add(r);
                }
            }
        }
        return roles;
    }

    private static void agrees(String endpoint, Function<Api, Reply> call) throws IOException {
        Set<Role> allowed = readmeSays(endpoint);
        for (Role role : Role.values()) {
            Reply r = call.apply(Api.as(Api.newStaff(role.name())));
            if (allowed.contains(role)) {
                assertTrue(r.status() != 403 && r.status() < 500, endpoint + " as " + role + ": " + r.status() + " " + r.body());
            } else {
                assertEquals(403, r.status(), endpoint + " as " + role + ": the README does not name it, " + r.body());
                assertTrue(r.isProblem(), r.body());
                assertEquals("urn:redress:problem:access-denied", r.json().getString("type"));
            }
        }
    }

    @Test
    void reportingAPublicPost() throws IOException {
        agrees("POST /api/v1/public-posts", api -> api.post("public-posts", """
                {"platform":"x","url":"https://x.com/who/%s","authorHandle":"who%s","text":"Where is my withdrawal?",
                 "reach":10,"postedAt":"2026-01-01T10:00:00Z"}""".formatted(UUID.randomUUID(), UUID.randomUUID().toString()
                .substring(0, 8))));
    }

    @Test
    void classifyingAPublicPost() throws IOException {
        agrees("POST /api/v1/public-posts/{id}/classification",
                api -> api.post("public-posts/0/classification", "{\"version\":0,\"kind\":\"LONG_TAIL\",\"note\":\"reviewed\"}"));
    }

    @Test
    void readingPublicPosts() throws IOException {
        agrees("GET /api/v1/public-posts", api -> api.get("public-posts"));
    }

    @Test
    void readingAnAccountsHistory() throws IOException {
        agrees("GET /api/v1/accounts/{id}/history", api -> api.get("accounts/NO-SUCH-ACCOUNT/history"));
    }

    @Test
    void readingOneRestriction() throws IOException {
        agrees("GET /api/v1/restrictions/{id}", api -> api.get("restrictions/0"));
    }

    @Test
    void readingAnAccountsRestrictions() throws IOException {
        agrees("GET /api/v1/accounts/{id}/restrictions", api -> api.get("accounts/NO-SUCH-ACCOUNT/restrictions"));
    }

    @Test
    void registeringAnApiKey() throws IOException {
        agrees("PUT /api/v1/api-keys/{keyId}", api -> api.put("api-keys/who-" + UUID.randomUUID().toString().substring(0, 8),
                "{\"accountId\":\"NO-SUCH-ACCOUNT\",\"permissions\":[\"READ\"],\"createdAt\":\"2026-01-01T00:00:00Z\"}"));
    }

    @Test
    void revokingAnApiKey() throws IOException {
        agrees("POST /api/v1/api-keys/{keyId}/revoke", api -> api.post("api-keys/no-such-key/revoke", "{\"reason\":\"leaked\"}"));
    }

    @Test
    void readingTheKeyRevocationFeed() throws IOException {
        agrees("GET /api/v1/key-revocations?after=", api -> api.get("key-revocations?after=0"));
    }

    @Test
    void readingOneClaim() throws IOException {
        agrees("GET /api/v1/claims/{id}", api -> api.get("claims/0"));
    }

    @Test
    void approvingAClaim() throws IOException {
        agrees("POST /api/v1/claims/{id}/approve", api -> api.post("claims/0/approve", "{\"version\":0}"));
    }
}
