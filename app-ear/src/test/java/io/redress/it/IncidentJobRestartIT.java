package io.redress.it;

import static io.redress.it.support.Incidents.after;
import static io.redress.it.support.Incidents.approve;
import static io.redress.it.support.Incidents.declare;
import static io.redress.it.support.Incidents.endOf;
import static io.redress.it.support.Incidents.requestAll;
import static io.redress.it.support.Incidents.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Incidents;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bulk action's job stopped mid-way resumes where it stopped — restarted by a person, or taken over at the next
 * start after its server died — and never revokes, notifies or opens a case twice. (Killing the test server itself is
 * not done here: the same server runs every other test class. The crash is reproduced as it leaves the job's row:
 * still RUNNING, owned by an earlier start of this server.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentJobRestartIT {

    private static final int ACCOUNTS = 12;
    private static final int KEYS_PER_ACCOUNT = 12;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api security;
    private Api supervisor;
    private Api admin;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        security = Api.as(Api.newStaff("SECURITY"));
        supervisor = Api.as(Api.newStaff("SUPERVISOR"));
        admin = Api.as(Api.newStaff("ADMIN"));
    }

    private JsonObject stopMidway(long job) {
        // the server takes an approved job a moment later (later still on a server just deployed, its batch runtime
        // cold): stopped before that, it would never have run, which is the next test's case, not this one's
        Instant taken = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject running = supervisor.get("jobs/" + job).json();
        while (running.getInt("executions") == 0 && Instant.now().isBefore(taken)) {
            Incidents.sleep(20);
            running = supervisor.get("jobs/" + job).json();
        }
        assertTrue(running.getInt("executions") > 0, "the server took the job within 30 s of its approval: " + running);
        Reply stopped = supervisor.post("jobs/" + job + "/stop", "{\"version\":" + running.getJsonNumber("version") + "}");
        assertEquals(200, stopped.status(), "the job should still be running a moment after its approval: " + stopped.body());
        // the execution ends at its next chunk boundary (or its reader, finding the job stopped, ends the step)
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject j = supervisor.get("jobs/" + job).json();
        while (!ended(j) && Instant.now().isBefore(deadline)) {
            Incidents.sleep(100);
            j = supervisor.get("jobs/" + job).json();
        }
        assertEquals("STOPPED", j.getString("state"), j.toString());
        assertTrue(ended(j), j.toString());
        // the chunk in flight when the stop came still commits its items; then nothing moves
        int before = -1;
        for (int i = 0; i < 20 && j.getInt("done") != before; i++) {
            before = j.getInt("done");
            Incidents.sleep(1000);
            j = supervisor.get("jobs/" + job).json();
        }
        assertEquals(before, j.getInt("done"), "nothing moves once the stopped execution ended: " + j);
        assertTrue(j.getInt("done") < j.getInt("total"), "stopped mid-way: " + j);
        return j;
    }

    private static boolean ended(JsonObject job) {
        String s = job.getString("executionStatus", null);
        return "STOPPED".equals(s) || "COMPLETED".equals(s);
    }

    private void everythingOnce(Incidents.Linked linked, String ref, long revocations, long messages, JsonObject done) {
        assertEquals(done.getInt("total"), done.getInt("done"), done.toString());
        assertEquals(0, done.getInt("failed"));
        Map<String, Long> revoked = after(exchange, "key-revocations", "size", "entries", revocations).stream()
                .filter(e -> "REVOKED".equals(e.getString("kind")) && e.getString("reason").contains(ref))
                .collect(Collectors.groupingBy(e -> e.getString("keyId"), Collectors.counting()));
        assertEquals(Set.copyOf(linked.keys()), revoked.keySet());
        assertTrue(revoked.values().stream().allMatch(n -> n == 1), "each key revoked once: " + revoked);
        Map<String, Long> letters = after(exchange, "messages", "limit", "messages", messages).stream()
                .filter(m -> ("incident:" + ref).equals(m.getString("reference", null)))
                .collect(Collectors.groupingBy(m -> m.getString("accountId"), Collectors.counting()));
        assertEquals(Set.copyOf(linked.accounts()), letters.keySet());
        assertTrue(letters.values().stream().allMatch(n -> n == 1), "each customer told once: " + letters);
    }

    @Test
    void aStoppedJobRestartedByAPersonResumesWithoutDoingAnythingTwice() {
        Incidents.Linked linked = Incidents.linked(exchange, admin, ACCOUNTS, KEYS_PER_ACCOUNT);
        String ref = declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(1)));
        long action = requestAll(security, ref);
        long revocations = endOf(exchange, "key-revocations", "size", "entries");
        long messages = endOf(exchange, "messages", "limit", "messages");
        long job = approve(supervisor, action);
        JsonObject stopped = stopMidway(job);

        assertEquals("job-state", supervisor.post("jobs/" + job + "/stop", "{}").json().getString("rule"));
        assertEquals(403, Api.as(Api.newStaff("AGENT")).post("jobs/" + job + "/restart", "{}").status());
        Reply restarted = supervisor.post("jobs/" + job + "/restart", "{\"version\":" + stopped.getJsonNumber("version") + "}");
        assertEquals(200, restarted.status(), restarted.body());
        JsonObject done = waitFor(supervisor, job, "COMPLETED", Duration.ofSeconds(120));
        assertEquals(2, done.getInt("executions"), done.toString());
        everythingOnce(linked, ref, revocations, messages, done);
    }

    @Test
    void aJobStoppedTheMomentItIsApprovedIsStoppedWhetherOrNotItHadStarted() {
        Incidents.Linked linked = Incidents.linked(exchange, admin, ACCOUNTS, KEYS_PER_ACCOUNT);
        String ref = declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(1)));
        long action = requestAll(security, ref);
        long revocations = endOf(exchange, "key-revocations", "size", "entries");
        long messages = endOf(exchange, "messages", "limit", "messages");
        long job = approve(supervisor, action);
        // read and stop at once: the job may be queued, being taken by the server, or just started
        JsonObject seen = supervisor.get("jobs/" + job).json();
        Reply stopped = supervisor.post("jobs/" + job + "/stop", "{\"version\":" + seen.getJsonNumber("version") + "}");
        assertEquals(200, stopped.status(), "the server starting the job is not a change the person must re-read: "
                + stopped.body());

        // it settles stopped: never started, or its execution ended; then nothing moves
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject j = supervisor.get("jobs/" + job).json();
        while (j.getInt("executions") > 0 && !ended(j) && Instant.now().isBefore(deadline)) {
            Incidents.sleep(100);
            j = supervisor.get("jobs/" + job).json();
        }
        assertEquals("STOPPED", j.getString("state"), j.toString());
        assertTrue(j.getInt("executions") == 0 || ended(j), "its execution is known to have ended: " + j);
        Incidents.sleep(2000);
        JsonObject later = supervisor.get("jobs/" + job).json();
        assertEquals(j.getInt("done"), later.getInt("done"), "nothing moves once stopped: " + later);

        Reply restarted = supervisor.post("jobs/" + job + "/restart", "{\"version\":" + later.getJsonNumber("version") + "}");
        assertEquals(200, restarted.status(), restarted.body());
        everythingOnce(linked, ref, revocations, messages, waitFor(supervisor, job, "COMPLETED", Duration.ofSeconds(120)));
    }

    @Test
    void aJobLeftRunningByADeadServerIsTakenOverAtTheNextStartAndFinishesOnce() {
        Incidents.Linked linked = Incidents.linked(exchange, admin, ACCOUNTS, KEYS_PER_ACCOUNT);
        String ref = declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(1)));
        long action = requestAll(security, ref);
        long revocations = endOf(exchange, "key-revocations", "size", "entries");
        long messages = endOf(exchange, "messages", "limit", "messages");
        long job = approve(supervisor, action);
        stopMidway(job);

        try (var r = ClientBuilder.newClient().target(Api.fixturesUrl()).path("fixtures/jobs").path(Long.toString(job))
                .path("crashed").request().post(Entity.text(""))) {
            assertEquals(200, r.getStatus());
            assertTrue(Integer.parseInt(r.readEntity(String.class)) >= 1, "the sweep resumed the job");
        }
        JsonObject done = waitFor(supervisor, job, "COMPLETED", Duration.ofSeconds(120));
        assertEquals(2, done.getInt("executions"), done.toString());
        everythingOnce(linked, ref, revocations, messages, done);
        assertEquals("DONE", supervisor.get("incident-actions/" + action).json().getString("state"));
    }
}
