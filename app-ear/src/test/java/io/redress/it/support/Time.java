package io.redress.it.support;

import jakarta.json.JsonArray;
import jakarta.json.Json;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;

/** Black-box tests' handle on time and the audit trail, through the test WAR's {@link TimeFixtures}. */
public final class Time {

    private static final Client CLIENT = ClientBuilder.newClient();

    private Time() {
    }

    /** Runs the due process and the SLA sweep as of {@code at}, as their timers would then. */
    public static void runDueAt(Instant at) {
        try (Response r = CLIENT.target(Api.fixturesUrl()).path("fixtures/time/due").queryParam("at", at.toString())
                .request(MediaType.APPLICATION_JSON).post(Entity.text(""))) {
            if (r.getStatus() != 200) {
                throw new IllegalStateException("fixture failed: " + r.getStatus() + " " + r.readEntity(String.class));
            }
        }
    }

    /** Runs the key policy's sweep as of {@code at}, as its timer would then. */
    public static void runInvestigationDeadlinesAt(Instant at) {
        try (Response r = CLIENT.target(Api.fixturesUrl()).path("fixtures/time/investigation-deadlines").queryParam("at", at.toString())
                .request(MediaType.APPLICATION_JSON).post(Entity.text(""))) {
            if (r.getStatus() != 200) {
                throw new IllegalStateException("fixture failed: " + r.getStatus() + " " + r.readEntity(String.class));
            }
        }
    }

    public static void runKeyPolicyAt(Instant at) {
        try (Response r = CLIENT.target(Api.fixturesUrl()).path("fixtures/time/key-policy").queryParam("at", at.toString())
                .request(MediaType.APPLICATION_JSON).post(Entity.text(""))) {
            if (r.getStatus() != 200) {
                throw new IllegalStateException("fixture failed: " + r.getStatus() + " " + r.readEntity(String.class));
            }
        }
    }

    /** The audit entries with this action on this record. */
    public static JsonArray audit(String action, String entityId) {
        try (Response r = CLIENT.target(Api.fixturesUrl()).path("fixtures/time/audit").queryParam("action", action)
                .queryParam("entityId", entityId).request(MediaType.APPLICATION_JSON).get()) {
            if (r.getStatus() != 200) {
                throw new IllegalStateException("fixture failed: " + r.getStatus());
            }
            return Json.createReader(new StringReader(r.readEntity(String.class))).readArray();
        }
    }
}
