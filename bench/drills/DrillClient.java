import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drills' client: load with a per-request ledger, and the analysis of what was recorded. One file, run with the
 * JDK alone ({@code java DrillClient.java MODE ...}); no build, no library.
 *
 * <pre>
 *   load DIR BASE SECONDS DRATE CRATE       DRATE decisions a second (GET .../decision?action=TRADE) over the accounts in
 *                                           DIR/accounts.txt and CRATE case intakes a second (POST /cases, subject
 *                                           "drill KEY"), sent at those rates whatever the earlier ones do (open loop);
 *                                           /health/ready every 100 ms; writes DIR/requests.csv, DIR/health.csv.
 *                                           Credentials (base64 user:password) in DIR/auth-decide.txt, DIR/auth-write.txt.
 *   outage DIR                              the database drill's figures and verdicts, from DIR/requests.csv, health.csv,
 *                                           events.csv, standings.txt, present.txt, verify.json
 *   cluster DIR LB A ROUNDS READERS         two instances: READERS threads ask TRADE decisions through the balancer LB over
 *                                           the accounts in DIR/change-accounts.txt while one thread, ROUNDS times per
 *                                           account, restricts (WITHDRAW_ONLY) and lifts each, approving through
 *                                           instance A; a consumer reads /messages?after= through LB and acknowledges.
 *                                           Writes DIR/decisions.csv, changes.csv, messages.csv; prints the stale count.
 *                                           Credentials in DIR/auth-exchange.txt, auth-agent.txt, auth-supervisor.txt.
 * </pre>
 */
public final class DrillClient {

    /** The open-loop client sends nothing more while this many of its requests are unanswered (counted as not sent). */
    private static final int MAX_IN_FLIGHT = 400;
    private static final Pattern ALLOWED = Pattern.compile("\"allowed\"\\s*:\\s*(true|false)");
    private static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"([a-z-]+)\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(Path.of(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "outage" -> System.exit(outage(Path.of(args[1])));
            case "cluster" -> System.exit(cluster(Path.of(args[1]), args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5])));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    // ------------------------------------------------------------------------------------------------ load

    record Sample(String kind, long start, long end, int status, String outcome, String key, String allowed, boolean problemJson) {
        String csv() {
            return String.join(",", kind, Long.toString(start), Long.toString(end), Integer.toString(status), outcome, key, allowed,
                    Boolean.toString(problemJson));
        }
    }

    /**
     * Open-loop load: requests are sent at a fixed rate whatever happens to the earlier ones, as the exchange keeps
     * asking during an outage (a client waiting for each answer would stop asking as soon as one request hangs).
     */
    static void load(Path dir, String base, int seconds, int decisionRate, int caseRate) throws Exception {
        List<String> accounts = Files.readAllLines(dir.resolve("accounts.txt")).stream().filter(s -> !s.isBlank()).toList();
        String decideAuth = "Basic " + Files.readString(dir.resolve("auth-decide.txt")).trim();
        String writeAuth = "Basic " + Files.readString(dir.resolve("auth-write.txt")).trim();
        String run = dir.getParent().getFileName().toString().replace("redress-drill-", "") + System.currentTimeMillis() % 100000;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
        HttpClient pollClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> health = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong outstanding = new AtomicLong();
        AtomicLong seq = new AtomicLong();
        // Warm-up: each credential checked once before the load (the server keeps a verified credential for 60 s; the
        // first requests would otherwise each pay a password hash at once), and the request path compiled.
        for (int i = 0; i < 200; i++) {
            http.send(HttpRequest.newBuilder(URI.create(base + "/redress/api/v1/accounts/" + accounts.get(i % accounts.size())
                    + "/decision?action=TRADE")).header("Authorization", decideAuth).GET().build(), HttpResponse.BodyHandlers.discarding());
        }
        http.send(HttpRequest.newBuilder(URI.create(base + "/redress/api/v1/ping")).header("Authorization", writeAuth).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        Files.writeString(dir.resolve("started"), Long.toString(System.currentTimeMillis()));
        java.util.concurrent.ScheduledExecutorService clock = java.util.concurrent.Executors.newScheduledThreadPool(2);
        AtomicLong skipped = new AtomicLong();
        clock.scheduleAtFixedRate(() -> {
            if (outstanding.get() >= MAX_IN_FLIGHT) {
                skipped.incrementAndGet();
                return;
            }
            String account = accounts.get((int) (seq.incrementAndGet() % accounts.size()));
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/redress/api/v1/accounts/" + account + "/decision?action=TRADE"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", decideAuth).GET().build();
            send(http, req, "decision", account, samples, outstanding);
        }, 0, 1_000_000L / decisionRate, java.util.concurrent.TimeUnit.MICROSECONDS);
        clock.scheduleAtFixedRate(() -> {
            if (outstanding.get() >= MAX_IN_FLIGHT) {
                skipped.incrementAndGet();
                return;
            }
            String key = run + "-" + seq.incrementAndGet();
            String body = "{\"channel\":\"WEB_FORM\",\"subject\":\"drill " + key + "\",\"description\":\"Written by the database"
                    + " drill; the client keeps a ledger of what was acknowledged.\",\"customerName\":\"Drill Client\"}";
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/redress/api/v1/cases"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", writeAuth)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            send(http, req, "case", key, samples, outstanding);
        }, 0, 1_000_000L / caseRate, java.util.concurrent.TimeUnit.MICROSECONDS);
        Thread poller = started(() -> {
            while (running.get()) {
                long t = System.currentTimeMillis();
                String state;
                try {
                    HttpResponse<String> r = pollClient.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                            .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    state = r.statusCode() == 200 ? "UP" : "DOWN";
                } catch (IOException | InterruptedException e) {
                    state = "NOANSWER";
                }
                health.add(t + "," + System.currentTimeMillis() + "," + state);
                sleep(Math.max(0, 100 - (System.currentTimeMillis() - t)));
            }
        });
        sleep(seconds * 1000L);
        clock.shutdownNow();
        for (int i = 0; i < 650 && outstanding.get() > 0; i++) {
            sleep(100);
        }
        running.set(false);
        poller.join(5000);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("requests.csv")))) {
            out.println("kind,start,end,status,outcome,key,allowed,problemJson");
            samples.forEach(s -> out.println(s.csv()));
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("health.csv")))) {
            out.println("start,end,state");
            health.forEach(out::println);
        }
        System.out.println("[drill] client: " + samples.size() + " requests answered or timed out, " + outstanding.get()
                + " still outstanding, " + skipped.get() + " not sent (" + MAX_IN_FLIGHT + " in flight), " + health.size() + " readiness polls");
    }

    static void send(HttpClient http, HttpRequest req, String kind, String key, ConcurrentLinkedQueue<Sample> samples, AtomicLong outstanding) {
        long start = System.currentTimeMillis();
        outstanding.incrementAndGet();
        http.sendAsync(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).whenComplete((r, failure) -> {
            long end = System.currentTimeMillis();
            if (r == null) {
                samples.add(new Sample(kind, start, end, 0, "-", key, "-", false));
            } else {
                Matcher a = ALLOWED.matcher(r.body());
                Matcher o = OUTCOME.matcher(r.body());
                boolean problem = r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
                samples.add(new Sample(kind, start, end, r.statusCode(), o.find() ? o.group(1) : "-", key, a.find() ? a.group(1) : "-", problem));
            }
            outstanding.decrementAndGet();
        });
    }

    static Thread started(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------------------------ outage analysis

    static List<Sample> samples(Path dir) throws IOException {
        List<Sample> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("requests.csv")).subList(1, Files.readAllLines(dir.resolve("requests.csv")).size())) {
            String[] f = line.split(",");
            out.add(new Sample(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Integer.parseInt(f[3]), f[4], f[5], f[6],
                    Boolean.parseBoolean(f[7])));
        }
        out.sort((x, y) -> Long.compare(x.start(), y.start()));
        return out;
    }

    /** Readiness polls: [start, end, up?]. */
    static List<long[]> health(Path dir) throws IOException {
        List<long[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("health.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            out.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), f[2].equals("UP") ? 1 : 0});
        }
        out.sort((x, y) -> Long.compare(x[0], y[0]));
        return out;
    }

    static Map<String, Long> events(Path dir) throws IOException {
        Map<String, Long> out = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("events.csv"))) {
            String[] f = line.split(",");
            if (f.length == 2) {
                out.put(f[0], Long.parseLong(f[1].trim()));
            }
        }
        return out;
    }

    /** Whether readiness was known DOWN at {@code t}: the last poll answered before t said DOWN. */
    static boolean knownDown(List<long[]> health, long t) {
        long[] last = null;
        for (long[] h : health) {
            if (h[1] <= t) {
                last = h;
            } else if (h[0] > t) {
                break;
            }
        }
        return last != null && last[2] == 0;
    }

    static int verdicts = 0;
    static int failures = 0;

    static void verdict(String promise, boolean pass, String figures) {
        verdicts++;
        if (!pass) {
            failures++;
        }
        System.out.printf("  %-4s %-62s %s%n", pass ? "PASS" : "FAIL", promise, figures);
    }

    static int outage(Path dir) throws IOException {
        List<Sample> all = samples(dir);
        List<long[]> health = health(dir);
        Map<String, Long> ev = events(dir);
        Map<String, String> status = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("standings.txt"))) {
            String[] f = line.split("\\|");
            if (f.length == 2) {
                status.put(f[0].trim(), f[1].trim());
            }
        }
        Set<String> present = new HashSet<>(Files.readAllLines(dir.resolve("present.txt")).stream().map(String::trim).toList());
        String verify = Files.readString(dir.resolve("verify.json"));
        long t0 = ev.get("load-start");

        System.out.println();
        System.out.println("== Database drill: figures ==");
        Map<String, Map<Integer, Integer>> byStatus = new java.util.TreeMap<>();
        for (Sample s : all) {
            byStatus.computeIfAbsent(s.kind(), k -> new java.util.TreeMap<>()).merge(s.status(), 1, Integer::sum);
        }
        byStatus.forEach((k, m) -> System.out.println("  " + k + " answers by status (0 = no answer within 60 s): " + m));

        String[][] windows = {{"restart", "restart-begin", "restart-end"}, {"unreachable", "cut-begin", "cut-end"}};
        boolean fastAll = true;
        boolean recoverAll = true;
        StringBuilder fastFig = new StringBuilder();
        StringBuilder recFig = new StringBuilder();
        for (String[] w : windows) {
            if (!ev.containsKey(w[1])) {
                continue;
            }
            long b = ev.get(w[1]);
            long e = ev.get(w[2]);
            long detected = health.stream().filter(h -> h[0] >= b && h[0] < e + 2000 && h[2] == 0).mapToLong(h -> h[1]).min().orElse(-1);
            List<Sample> during = all.stream().filter(s -> s.start() >= b && s.start() < e).toList();
            // the gate was closed from its first refusal to its last (503 outcome not-attempted) in this window
            List<Sample> refusals = all.stream().filter(s -> s.start() >= b && s.start() < e + 5000 && s.status() == 503
                    && s.outcome().equals("not-attempted")).toList();
            long gateFrom = refusals.stream().mapToLong(Sample::start).min().orElse(Long.MAX_VALUE);
            long gateTo = Math.min(e, refusals.stream().mapToLong(Sample::start).max().orElse(Long.MIN_VALUE));
            List<Sample> inGate = all.stream().filter(s -> s.start() >= gateFrom && s.start() <= gateTo).toList();
            // the promise is about the answers of a closed gate; a request the gate let in an instant before it closed (it
            // passed the check while the probe had not yet seen the database go) is answered by the database's return
            // and reported beside it, not hidden
            List<Sample> knownDown = inGate.stream().filter(s -> s.status() == 503 || s.status() == 0).toList();
            List<Sample> letIn = inGate.stream().filter(s -> s.status() != 503 && s.status() != 0).toList();
            List<Sample> inFlight = all.stream().filter(s -> s.start() < b && s.end() > b).toList();
            long maxKnown = knownDown.stream().mapToLong(s -> s.end() - s.start()).max().orElse(0);
            long knownOver1s = knownDown.stream().filter(s -> s.end() - s.start() > 1000).count();
            long p99Known = percentile(knownDown.stream().mapToLong(s -> s.end() - s.start()).sorted().toArray(), 0.99);
            long maxInFlight = inFlight.stream().mapToLong(s -> s.end() - s.start()).max().orElse(0);
            Map<Integer, Integer> st = new java.util.TreeMap<>();
            during.forEach(s -> st.merge(s.status(), 1, Integer::sum));
            long rps = during.isEmpty() ? 0 : during.size() * 1000L / Math.max(1, e - b);
            // recovery: the first decision and the first case started after the database's return that succeeded
            long firstDecision = all.stream().filter(s -> s.kind().equals("decision") && s.start() >= e && s.status() == 200)
                    .mapToLong(Sample::end).min().orElse(Long.MAX_VALUE);
            long firstCase = all.stream().filter(s -> s.kind().equals("case") && s.start() >= e && s.status() / 100 == 2)
                    .mapToLong(Sample::end).min().orElse(Long.MAX_VALUE);
            long readyAgain = health.stream().filter(h -> h[0] >= e && h[2] == 1).mapToLong(h -> h[1]).min().orElse(Long.MAX_VALUE);
            System.out.printf("  %s: %.1f s to %.1f s after the load began (%d ms); readiness DOWN %s after it began%n", w[0],
                    (b - t0) / 1000.0, (e - t0) / 1000.0, e - b, detected < 0 ? "never" : (detected - b) + " ms");
            System.out.printf("    requests started meanwhile: %d (%d/s), by status %s%n", during.size(), rps, st);
            System.out.printf("    gate closed (first to last refusal): %s; refusals and unanswered requests started meanwhile: %d,"
                    + " slowest %d ms, p99 %d ms, over 1 s: %d%n", refusals.isEmpty() ? "never" : (gateFrom - b) + " ms to " + (gateTo - b) + " ms after it began",
                    knownDown.size(), maxKnown, p99Known, knownOver1s);
            System.out.printf("    of those, let in before the gate closed and answered %s: %d, slowest %d ms%n",
                    letIn.stream().map(x -> Integer.toString(x.status())).distinct().sorted().toList(), letIn.size(),
                    letIn.stream().mapToLong(x -> x.end() - x.start()).max().orElse(0));
            System.out.printf("    in flight when it began: %d, slowest %d ms%n", inFlight.size(), maxInFlight);
            System.out.printf("    after its return: first decision answered in %s, first case in %s, readiness UP in %s%n", ms(firstDecision, e),
                    ms(firstCase, e), ms(readyAgain, e));
            // a restart may be over before the probe sees it; the unreachable window must be seen
            fastAll &= knownOver1s == 0 && (w[0].equals("restart") || !knownDown.isEmpty());
            fastFig.append(w[0]).append(": ").append(knownDown.size()).append(" refusals, slowest ").append(maxKnown).append(" ms; ");
            recoverAll &= firstDecision - e <= 1000 && firstCase - e <= 1000;
            recFig.append(w[0]).append(": decision ").append(ms(firstDecision, e)).append(", case ").append(ms(firstCase, e)).append("; ");
        }

        long server500 = all.stream().filter(s -> s.status() >= 500 && s.status() != 503).count();
        long bad503 = all.stream().filter(s -> s.status() == 503 && !s.problemJson()).count();
        long allowWrong = all.stream().filter(s -> s.kind().equals("decision") && s.status() == 200 && s.allowed().equals("true")
                && !"ACTIVE".equals(status.getOrDefault(s.key(), "?"))).count();
        long restrictedAsked = all.stream().filter(s -> s.kind().equals("decision") && !"ACTIVE".equals(status.getOrDefault(s.key(), "?"))).count();
        long denied503 = all.stream().filter(s -> s.kind().equals("decision") && s.status() == 503).count();
        List<Sample> cases = all.stream().filter(s -> s.kind().equals("case")).toList();
        List<String> acked = cases.stream().filter(s -> s.status() / 100 == 2).map(Sample::key).toList();
        List<String> refused = cases.stream().filter(s -> s.status() / 100 == 4 || s.status() == 503 && s.outcome().equals("not-attempted"))
                .map(Sample::key).toList();
        List<String> unknown = cases.stream().filter(s -> !(s.status() / 100 == 2 || s.status() / 100 == 4
                || s.status() == 503 && s.outcome().equals("not-attempted"))).map(Sample::key).toList();
        long ackedMissing = acked.stream().filter(k -> !present.contains(k)).count();
        long refusedPresent = refused.stream().filter(present::contains).count();
        long unknownPresent = unknown.stream().filter(present::contains).count();
        boolean intact = verify.contains("\"intact\":true");
        System.out.printf("  cases: %d acknowledged, %d refused (503 not-attempted or 4xx), %d outcome unknown (%d of them stored)%n",
                acked.size(), refused.size(), unknown.size(), unknownPresent);
        System.out.println("  audit verify: " + verify.trim());
        System.out.println();
        System.out.println("== Database drill: promises ==");
        verdict("503 problem+json within 1 s while the gate is closed", fastAll, fastFig.toString());
        verdict("recovers within 1 s of the database's return, no restart", recoverAll, recFig.toString());
        verdict("never a 500, every 503 problem+json", server500 == 0 && bad503 == 0, server500 + " answers 5xx other than 503, "
                + bad503 + " 503 without problem+json");
        verdict("never an allow the standing denies", allowWrong == 0 && restrictedAsked > 0, allowWrong + " wrong allows of "
                + restrictedAsked + " questions on restricted accounts; " + denied503 + " decisions answered 503");
        verdict("every acknowledged case is stored", ackedMissing == 0 && !acked.isEmpty(), ackedMissing + " of " + acked.size() + " missing");
        verdict("no refused case is stored", refusedPresent == 0, refusedPresent + " of " + refused.size() + " stored");
        verdict("the audit chain verifies", intact, intact ? "intact" : "NOT intact");
        System.out.println();
        System.out.println(failures == 0 ? "[drill] PASS: all " + verdicts + " promises kept" : "[drill] FAIL: " + failures + " of " + verdicts + " promises broken");
        return failures == 0 ? 0 : 3;
    }

    // ------------------------------------------------------------------------------------------------ two instances

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*(\\d+)");

    record Change(String account, boolean allowedAfter, long start, long end, int status) {
    }

    record Answer(String account, long start, long end, int status, String allowed, String server) {
    }

    static HttpResponse<String> send(HttpClient http, String auth, String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json");
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody()) : b.method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long idOf(HttpResponse<String> r) {
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() / 100 != 2 || !m.find()) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    static int cluster(Path dir, String lb, String a, int rounds, int readers) throws Exception {
        List<String> accounts = Files.readAllLines(dir.resolve("change-accounts.txt")).stream().filter(x -> !x.isBlank()).toList();
        String exchange = Files.readString(dir.resolve("auth-exchange.txt")).trim();
        String agent = Files.readString(dir.resolve("auth-agent.txt")).trim();
        String supervisor = Files.readString(dir.resolve("auth-supervisor.txt")).trim();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        List<Change> changes = Collections.synchronizedList(new ArrayList<>());
        List<long[]> delivered = Collections.synchronizedList(new ArrayList<>()); // id, position
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean changing = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            int offset = r;
            threads.add(started(() -> {
                int i = offset;
                while (running.get()) {
                    String account = accounts.get(i++ % accounts.size());
                    long start = System.currentTimeMillis();
                    try {
                        HttpResponse<String> resp = send(http, exchange, "GET", lb + "/redress/api/v1/accounts/" + account + "/decision?action=TRADE", null);
                        Matcher m = ALLOWED.matcher(resp.body());
                        answers.add(new Answer(account, start, System.currentTimeMillis(), resp.statusCode(), m.find() ? m.group(1) : "-",
                                resp.headers().firstValue("X-Served-By").orElse("?")));
                    } catch (Exception e) {
                        answers.add(new Answer(account, start, System.currentTimeMillis(), 0, "-", "?"));
                    }
                }
            }));
        }
        // the exchange's delivery worker: reads after its position through the balancer, acknowledges each message
        long[] position = {Long.parseLong(Files.readString(dir.resolve("position.txt")).trim())};
        Thread consumer = started(() -> {
            int emptyAfterStop = 0;
            while (emptyAfterStop < 3) {
                try {
                    HttpResponse<String> resp = send(http, exchange, "GET", lb + "/redress/api/v1/messages?after=" + position[0] + "&limit=200", null);
                    Matcher ids = ID.matcher(resp.body());
                    List<Long> batch = new ArrayList<>();
                    while (ids.find()) {
                        batch.add(Long.parseLong(ids.group(1)));
                    }
                    Matcher next = NEXT.matcher(resp.body());
                    for (long id : batch) {
                        send(http, exchange, "POST", lb + "/redress/api/v1/messages/" + id + "/ack", null);
                        delivered.add(new long[] {id, position[0]});
                    }
                    if (next.find()) {
                        position[0] = Long.parseLong(next.group(1));
                    }
                    if (batch.isEmpty()) {
                        emptyAfterStop = changing.get() ? 0 : emptyAfterStop + 1;
                        sleep(250);
                    }
                } catch (Exception e) {
                    sleep(250);
                }
            }
        });
        sleep(2000); // the readers' answers before any change
        try {
            for (int round = 0; round < rounds; round++) {
                for (String account : accounts) {
                    HttpResponse<String> requested = send(http, agent, "POST", lb + "/redress/api/v1/accounts/" + account + "/restrictions",
                            "{\"measure\":\"WITHDRAW_ONLY\",\"reasonCode\":\"KYC_REFRESH_OVERDUE\",\"justification\":\"Identity refresh"
                            + " overdue for months; reminders unanswered.\",\"evidence\":[\"ticket DRILL-2\"],\"windowDays\":14}");
                    long id = idOf(requested);
                    long start = System.currentTimeMillis();
                    HttpResponse<String> approved = send(http, supervisor, "POST", a + "/redress/api/v1/restrictions/" + id + "/approve", "{}");
                    changes.add(new Change(account, false, start, System.currentTimeMillis(), approved.statusCode()));
                    sleep(300);
                    HttpResponse<String> lift = send(http, agent, "POST", lb + "/redress/api/v1/accounts/" + account + "/restrictions",
                            "{\"measure\":\"LIFT\",\"justification\":\"Refresh completed, confirmed by the KYC team.\",\"liftsRestrictionId\":" + id + "}");
                    long liftId = idOf(lift);
                    start = System.currentTimeMillis();
                    HttpResponse<String> lifted = send(http, supervisor, "POST", a + "/redress/api/v1/restrictions/" + liftId + "/approve", "{}");
                    changes.add(new Change(account, true, start, System.currentTimeMillis(), lifted.statusCode()));
                    sleep(300);
                }
            }
        } finally {
            sleep(1000);
            changing.set(false);
            running.set(false);
            for (Thread t : threads) {
                t.join(60_000);
            }
            consumer.join(120_000);
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("messages.csv")))) {
            delivered.forEach(d -> out.println(d[0]));
        }
        Files.writeString(dir.resolve("position-end.txt"), Long.toString(position[0]));
        // stale: a decision started after a change's approval returned and answered before the next change of that
        // account began, that does not reflect it. A decision still unanswered when the next change began overlaps it:
        // either standing is a right answer for it (it may be read before or after that change's commit), so it is
        // counted apart, not checked.
        Map<String, List<Change>> byAccount = new HashMap<>();
        changes.forEach(c -> byAccount.computeIfAbsent(c.account(), k -> new ArrayList<>()).add(c));
        long checked = 0;
        long overlapping = 0;
        long stale = 0;
        long errors = 0;
        Map<String, Integer> servers = new java.util.TreeMap<>();
        Map<String, Integer> staleByServer = new java.util.TreeMap<>();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("decisions.csv")))) {
            out.println("account,start,end,status,allowed,server,expected");
            for (Answer d : answers) {
                servers.merge(d.server(), 1, Integer::sum);
                if (d.status() != 200) {
                    errors++;
                }
                String expected = "-";
                List<Change> cs = byAccount.getOrDefault(d.account(), List.of());
                for (int i = 0; i < cs.size(); i++) {
                    Change c = cs.get(i);
                    long until = i + 1 < cs.size() ? cs.get(i + 1).start() : Long.MAX_VALUE;
                    if (d.start() > c.end() && d.start() < until) {
                        expected = d.end() < until ? Boolean.toString(c.allowedAfter()) : "either";
                    }
                }
                if (expected.equals("either") && d.status() == 200) {
                    overlapping++;
                } else if (!expected.equals("-") && d.status() == 200) {
                    checked++;
                    if (!expected.equals(d.allowed())) {
                        stale++;
                        staleByServer.merge(d.server(), 1, Integer::sum);
                    }
                }
                out.println(String.join(",", d.account(), Long.toString(d.start()), Long.toString(d.end()), Integer.toString(d.status()),
                        d.allowed(), d.server(), expected));
            }
        }
        long failedChanges = changes.stream().filter(c -> c.status() != 200).count();
        long[] changeMs = changes.stream().mapToLong(c -> c.end() - c.start()).sorted().toArray();
        System.out.printf("  changes approved through instance A: %d (%d not 200), approval call p50 %d ms, max %d ms%n", changes.size(),
                failedChanges, percentile(changeMs, 0.5), changeMs.length == 0 ? 0 : changeMs[changeMs.length - 1]);
        System.out.printf("  decisions through the balancer: %d, by instance %s, not 200: %d%n", answers.size(), servers, errors);
        System.out.printf("  decisions started after a change returned and answered before the next began (checked): %d, stale: %d %s;"
                + " overlapping the next change (not checked): %d%n", checked, stale, staleByServer, overlapping);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("changes.csv")))) {
            out.println("account,allowed_after,start,end,status");
            changes.forEach(c -> out.println(String.join(",", c.account(), Boolean.toString(c.allowedAfter()), Long.toString(c.start()),
                    Long.toString(c.end()), Integer.toString(c.status()))));
        }
        System.out.printf("  messages read and acknowledged through the balancer: %d%n", delivered.size());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("cluster-summary.txt")))) {
            out.println("changes=" + changes.size());
            out.println("failed_changes=" + failedChanges);
            out.println("decisions=" + answers.size());
            out.println("decision_errors=" + errors);
            out.println("checked=" + checked);
            out.println("stale=" + stale);
            out.println("overlapping=" + overlapping);
            out.println("servers=" + servers);
        }
        return 0;
    }

    static String ms(long t, long from) {
        return t == Long.MAX_VALUE ? "never" : (t - from) + " ms";
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private DrillClient() {
    }
}
