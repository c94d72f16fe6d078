package io.redress.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.redress.it.support.Api.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the incident tests share: an integration with keys on a few accounts, reading the feeds to their end, a job run. */
public final class Incidents {

    private Incidents() {
    }

    /** An integration with {@code keysPerAccount} keys on each of {@code accounts} new accounts, created a day ago. */
    public record Linked(String integration, List<String> accounts, List<String> keys) {
    }

    public static String newIntegration(Api admin) {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Reply r = admin.post("integrations", "{\"code\":\"" + code + "\",\"name\":\"IT bot " + code + "\"}");
        assertEquals(201, r.status(), r.body());
        return code;
    }

    public static Linked linked(Api exchange, Api admin, int accounts, int keysPerAccount) {
        String integration = newIntegration(admin);
        List<String> accountIds = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(1));
        for (int a = 0; a < accounts; a++) {
            String account = Restrictions.newAccount(exchange, 0);
            accountIds.add(account);
            for (int k = 0; k < keysPerAccount; k++) {
                String keyId = "it-" + UUID.randomUUID().toString().substring(0, 13);
                key(exchange, keyId, account, "\"READ\",\"SPOT_TRADE\"", "", integration, created);
                keys.add(keyId);
            }
        }
        return new Linked(integration, accountIds, keys);
    }

    public static void key(Api exchange, String keyId, String account, String permissions, String allowlist,
                           String integration, Instant created) {
        Reply r = exchange.put("api-keys/" + keyId, """
                {"accountId":"%s","label":"bot","permissions":[%s],"ipAllowlist":[%s],"integration":"%s",
                 "createdAt":"%s","createdFromIp":"198.51.100.4"}""".formatted(account, permissions, allowlist, integration,
                created));
        assertEquals(201, r.status(), r.body());
    }

    public static String declare(Api security, String integration, Instant suspectedSince) {
        Reply r = security.post("incidents", """
                {"integration":"%s","severity":"HIGH","suspectedSince":"%s","known":"The bot service's key store leaked."}"""
                .formatted(integration, suspectedSince));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("reference");
    }

    /** An incident declared against a new integration, by new ADMIN and SECURITY staff: a reference a claim can quote. */
    public static String newIncident() {
        String integration = newIntegration(Api.as(Api.newStaff("ADMIN")));
        return declare(Api.as(Api.newStaff("SECURITY")), integration, Instant.now().minus(Duration.ofDays(2)));
    }

    /** SECURITY requests the bulk action (every key, notify, cases); returns its id. */
    public static long requestAll(Api security, String reference) {
        Reply r = security.post("incidents/" + reference + "/actions",
                "{\"justification\":\"Every key of the breached service may be in the attackers' hands.\"}");
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    public static long version(Api staff, long actionId) {
        return staff.get("incident-actions/" + actionId).json().getJsonNumber("version").longValue();
    }

    /** A second person approves; returns the job's id. */
    public static long approve(Api approver, long actionId) {
        Reply r = approver.post("incident-actions/" + actionId + "/approve",
                "{\"version\":" + version(approver, actionId) + ",\"note\":\"Agreed.\"}");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("jobId").longValue();
    }

    public static JsonObject waitFor(Api staff, long jobId, String state, Duration max) {
        Instant deadline = Instant.now().plus(max);
        JsonObject job = null;
        while (Instant.now().isBefore(deadline)) {
            job = staff.get("jobs/" + jobId).json();
            if (state.equals(job.getString("state"))) {
                return job;
            }
            sleep(200);
        }
        fail("job " + jobId + " not " + state + " within " + max + ": " + job);
        return job;
    }

    /** The position after the last entry of a feed ({@code key-revocations} or {@code messages}): read it to its end. */
    public static long endOf(Api exchange, String feed, String sizeParam, String listField) {
        long cursor = 0;
        while (true) {
            JsonObject page = exchange.get(feed + "?" + sizeParam + "=500&after=" + cursor).json();
            if (page.getJsonArray(listField).isEmpty()) {
                return cursor;
            }
            cursor = page.getJsonNumber("next").longValue();
        }
    }

    /** Every entry of a feed after a position. */
    public static List<JsonObject> after(Api exchange, String feed, String sizeParam, String listField, long cursor) {
        List<JsonObject> all = new ArrayList<>();
        while (true) {
            JsonObject page = exchange.get(feed + "?" + sizeParam + "=500&after=" + cursor).json();
            List<JsonObject> rows = page.getJsonArray(listField).getValuesAs(JsonObject.class);
            if (rows.isEmpty()) {
                return all;
            }
            all.addAll(rows);
            cursor = page.getJsonNumber("next").longValue();
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
