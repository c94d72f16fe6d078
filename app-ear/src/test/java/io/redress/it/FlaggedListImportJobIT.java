package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Screenings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
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
 * A flagged-list import as a restartable job: 202 with the import's and the job's locations, bad lines known at once,
 * the job's progress readable, the report when it completes; stopped mid-way, the source cannot be imported again and
 * the restarted job adds every line exactly once. The same files again change nothing; the listings the files no
 * longer name are removed when the job completes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FlaggedListImportJobIT {

    /**
     * 20,000 lines: 200 pages of the job, so that a stop right after the answer finds it running (50 pages once all
     * committed on CI's PostgreSQL in the 1.5 s before the stop arrived).
     */
    private static final int LINES = 20_000;
    /** A list of a few pages, imported again as it is and then shorter. */
    private static final int SMALL = 300;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api compliance;
    private Api supervisor;

    @BeforeEach
    void staff() {
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
        supervisor = Api.as(Api.newStaff("SUPERVISOR"));
    }

    private record Accepted(int status, String location, String jobLink, JsonObject body) {
    }

    private Accepted post(String body) {
        try (Response r = compliance.request("flagged-address-imports").post(Entity.entity(body, MediaType.APPLICATION_JSON))) {
            String text = r.readEntity(String.class);
            Link job = r.getLink("job");
            return new Accepted(r.getStatus(), r.getHeaderString("Location"), job == null ? null : job.getUri().toString(),
                    r.getStatus() < 300 ? Json.createReader(new StringReader(text)).readObject() : Json.createObjectBuilder().add("text", text).build());
        }
    }

    private static String csv(List<String> addresses, String extra) {
        StringBuilder b = new StringBuilder("address,asset,category,severity,label\n");
        addresses.forEach(a -> b.append(a).append(",ETH,HACK,HIGH,IT job\n"));
        return b.append(extra).toString();
    }

    private static String body(String source, String content) {
        return Json.createObjectBuilder().add("source", source).add("format", "CSV").add("files", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "vendor.csv").add("content", content))).build().toString();
    }

    private JsonObject awaitCompleted(long importId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(600).toNanos();
        while (System.nanoTime() < until) {
            Reply r = compliance.get("flagged-address-imports/" + importId);
            assertEquals(200, r.status(), r.body());
            if ("COMPLETED".equals(r.json().getString("state"))) {
                return r.json();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + importId + " did not complete: " + compliance.get("flagged-address-imports/" + importId).body());
    }

    private JsonObject job(long id) {
        Reply r = compliance.get("jobs/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static String newSource() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static List<String> addresses(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Screenings.evm());
        }
        return out;
    }

    private static boolean ended(JsonObject job) {
        String s = job.getString("executionStatus", null);
        return "STOPPED".equals(s) || "COMPLETED".equals(s);
    }

    @Test
    void anImportRunsAsAJobWithProgressAndResumesOnceAfterAStop() throws InterruptedException {
        String source = newSource();
        List<String> addresses = addresses(LINES);
        String content = csv(addresses, "0xnot-an-address,ETH,HACK,HIGH,bad\n");

        Accepted started = post(body(source, content));
        assertEquals(202, started.status(), started.body().toString());
        long importId = started.body().getJsonNumber("id").longValue();
        long jobId = started.body().getJsonNumber("jobId").longValue();
        assertTrue(started.location().endsWith("/api/v1/flagged-address-imports/" + importId), started.location());
        assertTrue(started.jobLink().endsWith("/api/v1/jobs/" + jobId), started.jobLink());
        assertEquals("RUNNING", started.body().getString("state"));
        assertEquals(List.of("vendor.csv:" + (LINES + 2)), started.body().getJsonArray("badLineDetails").getValuesAs(JsonString.class)
                .stream().map(s -> s.getString().substring(0, s.getString().indexOf(": "))).toList(), "bad lines known at once");
        assertEquals(0, started.body().getInt("added"), "nothing counted before the job applied it");

        // a person stops the job mid-way: it stands, its progress readable, and the source cannot be imported meanwhile
        JsonObject seen = job(jobId);
        Reply stop = supervisor.post("jobs/" + jobId + "/stop", "{\"version\":" + seen.getJsonNumber("version") + "}");
        assertEquals(200, stop.status(), "a 50-page import should still be running a moment after its answer: " + stop.body());
        // it settles stopped (never started, or its execution ended at a chunk's end); then nothing moves
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject stopped = job(jobId);
        while (stopped.getInt("executions") > 0 && !ended(stopped) && System.nanoTime() < until) {
            Thread.sleep(100);
            stopped = job(jobId);
        }
        assertEquals("STOPPED", stopped.getString("state"), stopped.toString());
        int before = -1;
        for (int i = 0; i < 20 && stopped.getInt("done") != before; i++) {
            before = stopped.getInt("done");
            Thread.sleep(1000);
            stopped = job(jobId);
        }
        assertEquals(LINES / 100, stopped.getInt("total"), "one item per page of 100 lines: " + stopped);
        assertTrue(stopped.getInt("done") < stopped.getInt("total"), "stopped mid-way: " + stopped);
        JsonObject midway = compliance.get("flagged-address-imports/" + importId).json();
        assertEquals("RUNNING", midway.getString("state"));
        assertEquals(stopped.getInt("percent"), midway.getInt("percent"), "the report shows the job's progress");
        Reply second = compliance.post("flagged-address-imports", body(source, content));
        assertEquals(422, second.status(), second.body());
        assertEquals("import-running", second.json().getString("rule"));

        Reply restarted = supervisor.post("jobs/" + jobId + "/restart", "{\"version\":" + stopped.getJsonNumber("version") + "}");
        assertEquals(200, restarted.status(), restarted.body());
        JsonObject report = awaitCompleted(importId);
        assertEquals(LINES, report.getInt("added"), "every line added once, across the stop: " + report);
        assertEquals(0, report.getInt("changed"));
        assertEquals(0, report.getInt("removed"));
        assertEquals(1, report.getInt("badLines"));
        assertEquals(LINES, report.getInt("listedAfter"));
        assertEquals(100, report.getInt("percent"));
        assertFalse(report.isNull("rescreenJobId"), "an import that adds listings re-screens: " + report);
        JsonObject done = job(jobId);
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(done.getInt("total"), done.getInt("done"));
        assertEquals(0, done.getInt("failed"));
        assertEquals(1, compliance.get("flagged-addresses?address=" + addresses.get(LINES - 1)).jsonArray().size());
    }

    @Test
    void theSameFilesAgainChangeNothingAndAShorterListRemovesWhatItNoLongerNamesOnce() throws InterruptedException {
        String source = newSource();
        List<String> addresses = addresses(SMALL);
        String content = csv(addresses, "");
        Accepted first = post(body(source, content));
        assertEquals(202, first.status(), first.body().toString());
        assertEquals(SMALL, awaitCompleted(first.body().getJsonNumber("id").longValue()).getInt("added"));

        // the same files again: a job that changes nothing
        Accepted again = post(body(source, content));
        assertEquals(202, again.status(), again.body().toString());
        JsonObject same = awaitCompleted(again.body().getJsonNumber("id").longValue());
        assertEquals(0, same.getInt("added"), same.toString());
        assertEquals(0, same.getInt("changed"));
        assertEquals(0, same.getInt("removed"));
        assertEquals(SMALL, same.getInt("unchanged"));
        assertTrue(!same.containsKey("rescreenJobId") || same.isNull("rescreenJobId"), "nothing new, nothing re-screened: " + same);

        // a list without its first two addresses, waited for: they are removed, once, when the job completes
        Reply shorter = compliance.post("flagged-address-imports", body(source, csv(addresses.subList(2, SMALL), "")),
                "Prefer", "wait=60");
        assertTrue(shorter.status() == 200 || shorter.status() == 202, shorter.body());
        if (shorter.status() == 202) {
            // a loaded machine: not complete within the minute it waited; its report when it is
            shorter = compliance.get("flagged-address-imports/" + awaitCompleted(shorter.json().getJsonNumber("id").longValue())
                    .getJsonNumber("id"));
        }
        assertEquals(2, shorter.json().getInt("removed"), shorter.body());
        assertEquals(List.of("ETH " + addresses.get(0), "ETH " + addresses.get(1)).stream().sorted().toList(),
                shorter.json().getJsonArray("removedListings").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .sorted().toList());
        assertEquals(SMALL - 2, shorter.json().getInt("listedAfter"));
        JsonObject gone = compliance.get("flagged-addresses?address=" + addresses.get(0)).jsonArray().getJsonObject(0);
        assertFalse(gone.isNull("removedAt"), "removed, with its date: " + gone);
    }

    @Test
    void aSmallImportWaitedForIsAnsweredWithItsReportAndBadInputIsRefusedBeforeAnyJob() {
        String source = newSource();
        Reply r = compliance.post("flagged-address-imports", body(source, csv(List.of(Screenings.evm()), "")), "Prefer", "wait=30");
        assertEquals(200, r.status(), r.body());
        assertEquals("COMPLETED", r.json().getString("state"));
        assertEquals(1, r.json().getInt("added"));

        Reply bad = compliance.post("flagged-address-imports", "{\"source\":\"a b\",\"format\":\"CSV\",\"files\":[]}", "Prefer", "wait=30");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.isProblem(), bad.body());
        assertEquals(List.of("source", "files"), bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList());
        assertEquals(403, supervisor.post("flagged-address-imports", body(source, csv(List.of(Screenings.evm()), ""))).status());
    }
}
