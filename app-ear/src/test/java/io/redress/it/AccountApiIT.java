package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The account mirror's REST contract, as the exchange's systems see it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Credentials exchange;
    private Api api;
    private String id;

    @BeforeEach
    void newIntegrationClientAndAccountId() {
        exchange = Api.newStaff("INTEGRATION");
        api = Api.as(exchange);
        id = "IT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String profile(String handle) {
        return """
                {"handle":"%s","kycLevel":"VERIFIED","jurisdiction":"FR","customerSince":"2021-03-04",
                 "vipTier":2,"socialHandles":["@%s_x"],"openDerivativesPositions":3}""".formatted(handle, handle);
    }

    @Test
    void createsThenUpdatesThenReadsAnAccount() {
        Reply created = api.put("accounts/" + id, profile("alice"));
        assertEquals(201, created.status());
        assertEquals("\"1\"", created.etag());
        assertEquals("ACTIVE", created.json().getString("status"));
        assertEquals(List.of("alice_x"), created.json().getJsonArray("socialHandles").getValuesAs(
                jakarta.json.JsonString::getString));

        Reply updated = api.put("accounts/" + id, profile("alice2"));
        assertEquals(200, updated.status());
        assertEquals(2, updated.json().getInt("version"));

        Reply unchanged = api.put("accounts/" + id, profile("alice2"));
        assertEquals(200, unchanged.status());
        assertEquals(2, unchanged.json().getInt("version"), "an identical PUT is not a new version");

        JsonObject read = api.get("accounts/" + id).json();
        assertEquals("alice2", read.getString("handle"));
        assertEquals("VERIFIED", read.getString("kycLevel"));
        assertEquals(3, read.getInt("openDerivativesPositions"));
    }

    @Test
    void staffSearchFindsAccountsByHandlePrefixAndIdAndPages() {
        String handle = "zq" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            assertEquals(201, api.put("accounts/" + id + "-" + i, profile(handle + i)).status());
        }
        Api agent = Api.as(Api.newStaff("AGENT"));
        JsonObject page0 = agent.get("accounts?query=" + handle.toUpperCase() + "&size=2").json();
        assertEquals(2, page0.getJsonArray("items").size());
        assertTrue(page0.getBoolean("hasMore"));
        JsonObject page1 = agent.get("accounts?query=" + handle + "&size=2&page=1").json();
        assertEquals(1, page1.getJsonArray("items").size());
        assertFalse(page1.getBoolean("hasMore"));
        JsonArray byId = agent.get("accounts?query=" + id + "-1").json().getJsonArray("items");
        assertEquals(id + "-1", byId.getJsonObject(0).getString("accountId"));
    }

    @Test
    void everyKindOfBadInputIsA400NamingEachField() {
        Reply r = api.put("accounts/" + id, """
                {"handle":"","kycLevel":"PLATINUM","jurisdiction":"XX","customerSince":"2021-02-30",
                 "vipTier":"high","socialHandles":[7],"openDerivativesPositions":-1,"color":"blue"}""");
        assertEquals(400, r.status());
        assertTrue(r.isProblem(), r.contentType());
        assertEquals("urn:redress:problem:invalid-input", r.json().getString("type"));
        Set<String> fields = r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("handle", "kycLevel", "jurisdiction", "customerSince", "vipTier", "socialHandles[0]",
                "openDerivativesPositions", "color"), fields);
        assertEquals(404, api.get("accounts/" + id).status(), "nothing was stored");
    }

    @Test
    void missingFieldsMalformedJsonOversizedValuesAndBadIdsAre400() {
        Reply missing = api.put("accounts/" + id, "{}");
        assertEquals(400, missing.status());
        Set<String> fields = missing.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("handle", "kycLevel", "jurisdiction", "customerSince"), fields);

        Reply malformed = api.put("accounts/" + id, "{\"handle\": ");
        assertEquals(400, malformed.status());
        assertEquals("body", malformed.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Reply notAnObject = api.put("accounts/" + id, "[1,2]");
        assertEquals(400, notAnObject.status());

        Reply oversized = api.put("accounts/" + id, profile("a".repeat(65)));
        assertEquals(400, oversized.status());
        assertEquals("handle", oversized.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Reply hugeBody = api.put("accounts/" + id, "{\"handle\":\"" + "a".repeat(70_000) + "\"}");
        assertEquals(400, hugeBody.status());
        assertTrue(hugeBody.isProblem());

        Reply badId = api.put("accounts/" + "bad id!", profile("bob"));
        assertEquals(400, badId.status());
        assertEquals("accountId", badId.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Reply mixedArray = api.put("accounts/" + id, profile("hal").replace("[\"@hal_x\"]", "[\"ok\", 5, \"bad handle\"]"));
        assertEquals(400, mixedArray.status());
        assertEquals(Set.of("socialHandles[1]"), mixedArray.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field")).collect(Collectors.toSet()),
                "type errors are reported at the index the client sent");

        Reply badPaging = Api.as(Api.newStaff("AGENT")).get("accounts?page=-1&size=1000");
        assertEquals(400, badPaging.status());
        assertEquals(2, badPaging.json().getJsonArray("errors").size());
    }

    @Test
    void unknownAccountIs404AndStaleVersionIs409() {
        Reply unknown = api.get("accounts/" + id);
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem());

        assertEquals(201, api.put("accounts/" + id, profile("carol")).status());
        String stale = profile("carol2").replace("}", ",\"version\":7}");
        Reply conflict = api.put("accounts/" + id, stale);
        assertEquals(409, conflict.status());
        assertEquals("urn:redress:problem:stale-version", conflict.json().getString("type"));
        assertEquals("carol", api.get("accounts/" + id).json().getString("handle"), "the stale update changed nothing");

        try (var r = api.request("accounts/" + id).header("If-Match", "\"1\"")
                .put(jakarta.ws.rs.client.Entity.json(profile("carol3")))) {
            assertEquals(200, r.getStatus(), "the current ETag in If-Match is accepted");
        }
        try (var r = api.request("accounts/" + id).header("If-Match", "\"1\"")
                .put(jakarta.ws.rs.client.Entity.json(profile("carol4")))) {
            assertEquals(409, r.getStatus(), "an old ETag in If-Match is refused");
        }
    }

    @Test
    void concurrentUpdatesOfOneAccountNeverLoseOneSilently() throws Exception {
        assertEquals(201, api.put("accounts/" + id, profile("dave")).status());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> writers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String body = profile("dave" + i).replace("}", ",\"version\":1}");
                writers.add(() -> api.put("accounts/" + id, body).status());
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(writers)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one writer wins: " + statuses);
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), "the others are told: " + statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutCredentialsIs401WithWrongPasswordIs401WithWrongRoleIs403() {
        Reply none = Api.anonymous().get("accounts/" + id);
        assertEquals(401, none.status());
        assertTrue(none.isProblem());
        assertEquals("urn:redress:problem:unauthorized", none.json().getString("type"));

        Reply wrong = Api.as(exchange.username(), "not-the-password").get("accounts/" + id);
        assertEquals(401, wrong.status());
        assertTrue(wrong.isProblem());

        Reply agentWrites = Api.as(Api.newStaff("AGENT")).put("accounts/" + id, profile("eve"));
        assertEquals(403, agentWrites.status());
        assertTrue(agentWrites.isProblem());
        assertEquals("urn:redress:problem:access-denied", agentWrites.json().getString("type"));
        assertEquals(404, api.get("accounts/" + id).status(), "the refused write stored nothing");
    }

    @Test
    void aDisabledClientIsRefusedAtOnce() {
        assertEquals(201, api.put("accounts/" + id, profile("frank")).status());
        Api.disable(exchange.username());
        assertEquals(401, api.get("accounts/" + id).status());
    }

    @Test
    void theApiKeepsNoSession() {
        try (var r = api.request("accounts?query=a").get()) {
            assertEquals(200, r.getStatus());
            assertFalse(r.getCookies().containsKey("JSESSIONID"), "no session cookie on the API");
        }
    }

    @Test
    void accountHistoryShowsWhoChangedWhatFromWhatToWhat() {
        api.put("accounts/" + id, profile("gina"));
        api.put("accounts/" + id, profile("gina2"));
        JsonArray history = Api.as(Api.newStaff("AGENT")).get("accounts/" + id + "/history").jsonArray();
        assertEquals(2, history.size());
        JsonObject latest = history.getJsonObject(0);
        assertEquals(exchange.username(), latest.getString("actor"));
        assertEquals("INTEGRATION", latest.getString("actorRole"));
        assertTrue(latest.getString("before").contains("\"handle\":\"gina\""));
        assertTrue(latest.getString("after").contains("\"handle\":\"gina2\""));
    }
}
