package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Fixtures;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Restrictions;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * While the database is known to be away (the gate closed, as its probe closes it), Redress answers at once:
 * decisions and intake 503 problem+json with {@code outcome: not-attempted} and Retry-After, a sign-in it cannot check
 * 503 (not 401), readiness DOWN with the reason; ping still answers; and the first request after the gate opens is
 * served again. The real outage, restart and partition are the drill's (bench/drills/db-outage.sh).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseAwayIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private static final Client HTTP = ClientBuilder.newClient();

    private static void gate(String action) {
        try (Response r = HTTP.target(Api.fixturesUrl()).path("fixtures/database-gate").path(action).request().post(Entity.text(""))) {
            assertEquals(200, r.getStatus(), action);
        }
    }

    private static Response ready() {
        return HTTP.target(Api.baseUrl().replace("/redress/", "/health/ready")).request().get();
    }

    private static void assertRefusedUnattempted(Reply r, long startedNanos) {
        long ms = (System.nanoTime() - startedNanos) / 1_000_000;
        assertEquals(503, r.status(), r.body());
        assertTrue(r.isProblem(), r.contentType());
        JsonObject p = r.json();
        assertEquals("urn:redress:problem:unavailable", p.getString("type"));
        assertEquals("not-attempted", p.getString("outcome"), r.body());
        assertTrue(ms < 1000, "answered in " + ms + " ms");
    }

    @Test
    void whileTheDatabaseIsAwayEveryCallIsRefusedAtOnceAndServedAgainWhenItAnswers() {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Fixtures.Credentials unchecked = Api.newStaff("INTEGRATION"); // never used before the outage: not in the cache
        Api agent = Api.as(Api.newStaff("AGENT"));
        String account = Restrictions.newAccount(exchange, 0);
        String marker = "away" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        assertEquals(200, Restrictions.decide(exchange, account, "TRADE").status());
        gate("close");
        try {
            long t = System.nanoTime();
            assertRefusedUnattempted(Restrictions.decide(exchange, account, "TRADE"), t);
            t = System.nanoTime();
            assertRefusedUnattempted(exchange.post("cases", """
                    {"channel":"WEB_FORM","subject":"Written while the database is away %s","description":"Must not be stored."}"""
                    .formatted(marker)), t);
            t = System.nanoTime();
            assertRefusedUnattempted(Api.as(unchecked).get("accounts/" + account + "/decision?action=TRADE"), t);
            assertEquals(200, exchange.get("ping").status(), "ping reads nothing and still answers");
            try (Response r = ready()) {
                String body = r.readEntity(String.class);
                assertEquals(503, r.getStatus(), body);
                assertTrue(body.contains("database unreachable: closed by the test"), body);
            }
        } finally {
            gate("open");
        }
        Reply again = Restrictions.decide(exchange, account, "TRADE");
        assertEquals(200, again.status(), again.body());
        assertTrue(again.json().getBoolean("allowed"));
        assertEquals(200, Api.as(unchecked).get("accounts/" + account + "/decision?action=TRADE").status());
        try (Response r = ready()) {
            assertEquals(200, r.getStatus(), r.readEntity(String.class));
        }
        Reply found = agent.get("cases?q=" + marker);
        assertEquals(200, found.status(), found.body());
        assertEquals(0, found.json().getJsonArray("rows").size(), "the refused case was not stored");
        String control = marker + "x";
        assertEquals(201, exchange.post("cases", """
                {"channel":"WEB_FORM","subject":"Written once the database is back %s","description":"Stored."}"""
                .formatted(control)).status());
        assertEquals(1, agent.get("cases?q=" + control).json().getJsonArray("rows").size(), "the search finds a stored case");
    }
}
