package io.redress.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A black-box client of the running Redress, as the exchange's systems and staff tools call it. */
public final class Api {

    private static final Client CLIENT = ClientBuilder.newClient();

    private final String authorization;

    private Api(String authorization) {
        this(authorization, baseUrl());
    }

    private Api(String authorization, String base) {
        this.authorization = authorization;
        this.base = base;
    }

    private final String base;

    public static String baseUrl() {
        return System.getProperty("redress.baseUrl", "http://localhost:28080/redress/");
    }

    /** The same client against another deployment of Redress (another "instance"), e.g. {@code /redress-b/}. */
    public Api at(String contextRoot) {
        return new Api(authorization, baseUrl().replace("/redress/", "/" + contextRoot + "/"));
    }

    public static String fixturesUrl() {
        return baseUrl().replace("/redress/", "/redress-it/");
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public static Api as(Fixtures.Credentials who) {
        return as(who.username(), who.password());
    }

    public static Api as(String username, String password) {
        return new Api("Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A new staff member or integration client with these roles (comma-separated), made for one test. */
    public static Fixtures.Credentials newStaff(String roles) {
        try (Response r = CLIENT.target(fixturesUrl()).path("fixtures/staff").queryParam("roles", roles)
                .request(MediaType.APPLICATION_JSON).post(Entity.text(""))) {
            if (r.getStatus() != 200) {
                throw new IllegalStateException("fixture failed: " + r.getStatus() + " " + r.readEntity(String.class));
            }
            JsonObject o = json(r.readEntity(String.class));
            return new Fixtures.Credentials(o.getString("username"), o.getString("password"));
        }
    }

    public static void disable(String username) {
        try (Response r = CLIENT.target(fixturesUrl()).path("fixtures/staff").path(username).path("disable")
                .request(MediaType.APPLICATION_JSON).post(Entity.text(""))) {
            if (r.getStatus() != 200) {
                throw new IllegalStateException("fixture failed: " + r.getStatus());
            }
        }
    }

    /** {@code path} may carry a query string ({@code accounts?query=a&size=2}); it is sent as given. */
    public Invocation.Builder request(String path) {
        String[] parts = path.split("\\?", 2);
        var target = CLIENT.target(base).path("api/v1").path(parts[0]);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                target = target.queryParam(kv[0], kv.length == 2 ? kv[1] : "");
            }
        }
        Invocation.Builder b = target.request();
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    public Reply get(String path) {
        return Reply.of(request(path).get());
    }

    public Reply post(String path, String json) {
        return Reply.of(request(path).post(Entity.entity(json, MediaType.APPLICATION_JSON)));
    }

    /** A POST with one extra header, e.g. an Idempotency-Key. */
    public Reply post(String path, String json, String header, String value) {
        return Reply.of(request(path).header(header, value).post(Entity.entity(json, MediaType.APPLICATION_JSON)));
    }

    public Reply put(String path, String json) {
        return Reply.of(request(path).put(Entity.entity(json, MediaType.APPLICATION_JSON)));
    }

    /** A PUT with one extra header, e.g. If-Match. */
    public Reply put(String path, String json, String header, String value) {
        return Reply.of(request(path).header(header, value).put(Entity.entity(json, MediaType.APPLICATION_JSON)));
    }

    public static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** Any JSON answer: an object, an array or a single value. */
    public static jakarta.json.JsonValue jsonValue(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /** A response read completely: status, content type, headers and body. */
    public record Reply(int status, String contentType, String etag, String body) {

        static Reply of(Response r) {
            try (r) {
                return new Reply(r.getStatus(), r.getMediaType() == null ? null : r.getMediaType().toString(),
                        r.getHeaderString("ETag"), r.hasEntity() ? r.readEntity(String.class) : "");
            }
        }

        public JsonObject json() {
            return Api.json(body);
        }

        public jakarta.json.JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }
}
