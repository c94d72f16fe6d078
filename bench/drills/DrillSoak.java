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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak drill's client: the maximum decision throughput of this machine and server, then a long open-loop load at
 * a share of it with a trickle of case intakes, reported minute by minute with the server's heap after a full GC and
 * the database connections. One file, JDK only ({@code java DrillSoak.java MODE ...}).
 *
 * <pre>
 *   max DIR BASE WARMUP SECONDS THREADS   THREADS clients each asking TRADE decisions one after the other over the
 *                                         accounts in DIR/accounts.txt (closed loop): WARMUP s unmeasured, then SECONDS
 *                                         measured; prints "max=N" (decisions a second)
 *   soak DIR BASE WARMUP SECONDS DRATE WRATE PID PGPORT GCLOG
 *                                         DRATE decisions and WRATE case intakes a second sent on time whatever the
 *                                         earlier ones do (open loop): WARMUP s reported apart, then SECONDS judged.
 *                                         At the end of the warm-up and of each minute the load pauses, the requests
 *                                         in flight are answered, the server JVM PID is asked for a full GC and its
 *                                         heap after it (jcmd; the pause read from its GC log GCLOG), PostgreSQL on
 *                                         PGPORT for the connections to database redress, and the load resumes (the
 *                                         slots skipped meanwhile are counted, never sent later in a burst). Writes
 *                                         DIR/soak-minutes.csv, DIR/errors.csv (each error with the UTC time it was
 *                                         sent and answered), DIR/timeline.csv (each second: sent, not sent, answered,
 *                                         slowest, most in flight) and prints the table, the stalls beside the GC
 *                                         pauses, and a PASS/FAIL per promise
 * </pre>
 * Credentials (base64 user:password) in DIR/auth-decide.txt and DIR/auth-write.txt.
 */
public final class DrillSoak {

    /** Requests unanswered at once beyond which the client sends nothing more (each one counted as an error). */
    private static final int MAX_IN_FLIGHT = 400;
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total\\s+(\\d+)K,\\s+used\\s+(\\d+)K");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "max" -> max(Path.of(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "soak" -> System.exit(soak(Path.of(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]), args[7], args[8], Path.of(args[9])));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    record Setup(List<String> accounts, String decideAuth, String writeAuth, HttpClient http) {
        static Setup of(Path dir) throws IOException {
            List<String> accounts = Files.readAllLines(dir.resolve("accounts.txt")).stream().filter(s -> !s.isBlank()).toList();
            return new Setup(accounts, "Basic " + Files.readString(dir.resolve("auth-decide.txt")).trim(),
                    "Basic " + Files.readString(dir.resolve("auth-write.txt")).trim(),
                    HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build());
        }

        HttpRequest decision(String base, long n) {
            return HttpRequest.newBuilder(URI.create(base + "/redress/api/v1/accounts/" + accounts.get((int) (n % accounts.size()))
                    + "/decision?action=TRADE")).timeout(Duration.ofSeconds(10)).header("Authorization", decideAuth).GET().build();
        }

        HttpRequest intake(String base, String key) {
            String body = "{\"channel\":\"WEB_FORM\",\"subject\":\"soak " + key + "\",\"description\":\"Written by the soak"
                    + " drill: a trickle of writes beside the decisions.\",\"customerName\":\"Soak Client\"}";
            return HttpRequest.newBuilder(URI.create(base + "/redress/api/v1/cases")).timeout(Duration.ofSeconds(10))
                    .header("Authorization", writeAuth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }
    }

    // ------------------------------------------------------------------------------------------------ max

    static void max(Path dir, String base, int warmup, int seconds, int threads) throws Exception {
        Setup s = Setup.of(dir);
        AtomicLong seq = new AtomicLong();
        AtomicLong counted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long until = measureFrom + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                while (System.nanoTime() < until) {
                    try {
                        HttpResponse<Void> r = s.http().send(s.decision(base, seq.incrementAndGet()), HttpResponse.BodyHandlers.discarding());
                        if (System.nanoTime() >= measureFrom) {
                            (r.statusCode() == 200 ? counted : failed).incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        System.out.println("[soak] closed loop, " + threads + " clients, " + seconds + " s measured after " + warmup + " s: "
                + counted.get() + " decisions answered 200, " + failed.get() + " not");
        System.out.println("max=" + counted.get() / seconds);
    }

    // ------------------------------------------------------------------------------------------------ soak

    /** What one minute of the soak saw. */
    static final class Minute {
        final String name;
        final ConcurrentLinkedQueue<Long> decisionMicros = new ConcurrentLinkedQueue<>();
        final AtomicLong intakes = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        volatile long heapAfterGcKb = -1;
        volatile long dbConnections = -1;
        volatile long fullGcPauseMicros = -1;
        volatile long loadPausedMillis;
        int gcPauses;
        double gcPauseMaxMs;
        double gcPauseTotalMs;

        Minute(String name) {
            this.name = name;
        }

        void error(String what) {
            if (errors.incrementAndGet() <= 3) {
                errorSamples.add(what);
            }
        }
    }

    /** Each second of the run (from the start of the warm-up): what was sent, skipped, answered, how slow, how much in flight. */
    static final class Timeline {
        final long beginMillis;
        final AtomicLongArray sent;
        final AtomicLongArray notSent;
        final AtomicLongArray answered;
        final AtomicLongArray slowestMicros;
        final AtomicLongArray mostInFlight;

        Timeline(long beginMillis, int seconds) {
            this.beginMillis = beginMillis;
            sent = new AtomicLongArray(seconds);
            notSent = new AtomicLongArray(seconds);
            answered = new AtomicLongArray(seconds);
            slowestMicros = new AtomicLongArray(seconds);
            mostInFlight = new AtomicLongArray(seconds);
        }

        int second(long epochMillis) {
            return (int) Math.max(0, Math.min(sent.length() - 1, (epochMillis - beginMillis) / 1000));
        }

        static void max(AtomicLongArray a, int i, long v) {
            a.accumulateAndGet(i, v, Math::max);
        }
    }

    static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT;

    static int soak(Path dir, String base, int warmup, int seconds, int decisionRate, int writeRate, String pid, String pgPort,
            Path gcLog) throws Exception {
        Setup s = Setup.of(dir);
        int minutes = (seconds + 59) / 60;
        Minute warm = new Minute("warm-up");
        Minute[] perMinute = new Minute[minutes];
        Arrays.setAll(perMinute, i -> new Minute(Integer.toString(i + 1)));
        AtomicLong inFlight = new AtomicLong();
        long begin = System.nanoTime();
        long beginMillis = System.currentTimeMillis();
        long measureFrom = begin + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        Timeline timeline = new Timeline(beginMillis, warmup + seconds + 30);
        ConcurrentLinkedQueue<String> errorLines = new ConcurrentLinkedQueue<>();
        java.util.function.LongFunction<Minute> bucket = at -> at < measureFrom ? warm
                : perMinute[(int) Math.min(minutes - 1, (at - measureFrom) / 60_000_000_000L)];
        java.util.function.LongUnaryOperator wall = at -> beginMillis + (at - begin) / 1_000_000;
        // an error with the times it was sent and answered (UTC, and seconds from the start of the judged minutes)
        Reporter report = (sentAt, what) -> {
            long now = System.nanoTime();
            bucket.apply(sentAt).error(what);
            errorLines.add(String.format("%s,%s,%.3f,%d,\"%s\"", UTC.format(Instant.ofEpochMilli(wall.applyAsLong(sentAt))),
                    UTC.format(Instant.ofEpochMilli(wall.applyAsLong(now))), (sentAt - measureFrom) / 1e9, inFlight.get(),
                    what.replace('"', '\''))); 
        };
        AtomicLong paused = new AtomicLong(); // 1 while the load pauses for the measurement at a minute's end

        Thread decisions = sender("decisions", begin, end, decisionRate, n -> {
            long sent = System.nanoTime();
            if (paused.get() != 0) {
                bucket.apply(sent).skipped.incrementAndGet();
                return;
            }
            int sec = timeline.second(wall.applyAsLong(sent));
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                timeline.notSent.incrementAndGet(sec);
                report.error(sent, "not sent: " + MAX_IN_FLIGHT + " unanswered");
                return;
            }
            Timeline.max(timeline.mostInFlight, sec, inFlight.incrementAndGet());
            timeline.sent.incrementAndGet(sec);
            s.http().sendAsync(s.decision(base, n), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).whenComplete((r, failure) -> {
                inFlight.decrementAndGet();
                long micros = (System.nanoTime() - sent) / 1000;
                Timeline.max(timeline.slowestMicros, sec, micros);
                if (r == null) {
                    report.error(sent, "decision: " + failure);
                } else if (r.statusCode() != 200 || !r.body().contains("\"allowed\"")) {
                    report.error(sent, "decision: HTTP " + r.statusCode() + " " + abbreviate(r.body()));
                } else {
                    timeline.answered.incrementAndGet(sec);
                    bucket.apply(sent).decisionMicros.add(micros);
                }
            });
        });
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        Thread writes = sender("writes", begin, end, writeRate, n -> {
            long sent = System.nanoTime();
            if (paused.get() != 0) {
                bucket.apply(sent).skipped.incrementAndGet();
                return;
            }
            inFlight.incrementAndGet();
            s.http().sendAsync(s.intake(base, run + "-" + n), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).whenComplete((r, failure) -> {
                inFlight.decrementAndGet();
                if (r == null) {
                    report.error(sent, "case: " + failure);
                } else if (r.statusCode() != 201) {
                    report.error(sent, "case: HTTP " + r.statusCode() + " " + abbreviate(r.body()));
                } else {
                    bucket.apply(sent).intakes.incrementAndGet();
                }
            });
        });

        // The end of the warm-up and of each minute: the load pauses, what is in flight is answered, a full GC, the heap
        // after it, the database's connections, and the load resumes. The full GC's pause stops the server; with the
        // load running it was a stall every request in flight waited for (and a burst of requests not sent behind it).
        for (int i = -1; i < minutes; i++) {
            long at = i < 0 ? measureFrom : Math.min(end, measureFrom + (i + 1) * 60_000_000_000L);
            LockSupport.parkNanos(at - System.nanoTime());
            Minute m = i < 0 ? warm : perMinute[i];
            long pausedAt = System.nanoTime();
            paused.set(1);
            for (int k = 0; k < 200 && inFlight.get() > 0; k++) {
                Thread.sleep(50);
            }
            m.heapAfterGcKb = heapAfterFullGc(pid);
            m.fullGcPauseMicros = lastFullGcPauseMicros(gcLog);
            m.dbConnections = dbConnections(pgPort);
            paused.set(0);
            m.loadPausedMillis = (System.nanoTime() - pausedAt) / 1_000_000;
            System.out.printf("[soak] %s %s: %d decisions, %d errors, heap after full GC %d MiB (full GC pause %.0f ms, load paused %d ms), %d database connections%n",
                    i < 0 ? "" : "minute", m.name, m.decisionMicros.size(), m.errors.get(), m.heapAfterGcKb / 1024, m.fullGcPauseMicros / 1000.0,
                    m.loadPausedMillis, m.dbConnections);
        }
        decisions.join();
        writes.join();
        for (int i = 0; i < 120 && inFlight.get() > 0; i++) {
            Thread.sleep(100);
        }
        gcPauses(gcLog, beginMillis + warmup * 1000L, warm, perMinute);
        writeTimeline(dir, timeline);
        Files.write(dir.resolve("errors.csv"), (String.join("\n", "sent_utc,answered_utc,seconds_from_minute_1,in_flight,error",
                String.join("\n", errorLines)) + "\n").getBytes(StandardCharsets.UTF_8));
        stalls(dir, timeline, gcLog);
        return report(dir, warm, perMinute, decisionRate, writeRate, inFlight.get());
    }

    interface Reporter {
        void error(long sentNanos, String what);
    }

    interface Send {
        void send(long n);
    }

    /** A thread sending n = 1, 2, ... at RATE a second from BEGIN to END, each on its own time (open loop). */
    static Thread sender(String name, long begin, long end, int rate, Send send) {
        Thread t = new Thread(() -> {
            if (rate <= 0) {
                return;
            }
            long period = 1_000_000_000L / rate;
            for (long n = 1; ; n++) {
                long due = begin + (n - 1) * period;
                if (due >= end) {
                    return;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                send.send(n);
            }
        }, name);
        t.start();
        return t;
    }

    static long heapAfterFullGc(String pid) {
        try {
            run("jcmd", pid, "GC.run");
            Matcher m = HEAP_USED.matcher(run("jcmd", pid, "GC.heap_info"));
            return m.find() ? Long.parseLong(m.group(2)) : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    /** A pause line of the server's GC log (-Xlog:gc*:file=...:utctime,uptime,level,tags). */
    record Pause(long epochMillis, String kind, double ms) {
        static final Pattern LINE = Pattern.compile("^\\[([^\\]]+)\\]\\[[^\\]]+\\]\\[info\\]\\[gc\\s*\\] GC\\(\\d+\\) (Pause .*?) \\S+->\\S+\\(\\S+\\) ([0-9.]+)ms$");
        static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

        static List<Pause> read(Path gcLog) {
            List<Pause> pauses = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(gcLog)) {
                    Matcher m = LINE.matcher(line);
                    if (m.find()) {
                        pauses.add(new Pause(OffsetDateTime.parse(m.group(1), TIME).toInstant().toEpochMilli(), m.group(2),
                                Double.parseDouble(m.group(3))));
                    }
                }
            } catch (IOException | RuntimeException e) {
                System.out.println("[soak] GC log " + gcLog + " not read: " + e);
            }
            return pauses;
        }

        boolean full() {
            return kind.startsWith("Pause Full");
        }
    }

    static long lastFullGcPauseMicros(Path gcLog) {
        List<Pause> pauses = Pause.read(gcLog);
        for (int i = pauses.size() - 1; i >= 0; i--) {
            if (pauses.get(i).full()) {
                return (long) (pauses.get(i).ms() * 1000);
            }
        }
        return -1;
    }

    /** The server's own pauses (not the drill's full GCs) per minute. */
    static void gcPauses(Path gcLog, long measureFromMillis, Minute warm, Minute[] perMinute) {
        for (Pause p : Pause.read(gcLog)) {
            if (p.full()) {
                continue;
            }
            long into = p.epochMillis() - measureFromMillis;
            Minute m = into < 0 ? warm : into / 60_000 < perMinute.length ? perMinute[(int) (into / 60_000)] : null;
            if (m != null) {
                m.gcPauses++;
                m.gcPauseTotalMs += p.ms();
                m.gcPauseMaxMs = Math.max(m.gcPauseMaxMs, p.ms());
            }
        }
    }

    static void writeTimeline(Path dir, Timeline t) throws IOException {
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(dir.resolve("timeline.csv")))) {
            csv.println("second_utc,sent,not_sent,answered_ok,slowest_ms,most_in_flight");
            for (int i = 0; i < t.sent.length(); i++) {
                if (t.sent.get(i) + t.notSent.get(i) > 0) {
                    csv.printf("%s,%d,%d,%d,%.1f,%d%n", UTC.format(Instant.ofEpochMilli(t.beginMillis + i * 1000L)), t.sent.get(i),
                            t.notSent.get(i), t.answered.get(i), t.slowestMicros.get(i) / 1000.0, t.mostInFlight.get(i));
                }
            }
        }
    }

    /**
     * The stalls: seconds whose slowest decision took over 500 ms or that left requests not sent, merged when adjacent,
     * each printed with the GC pauses of the server that began within it or 2 s before.
     */
    static void stalls(Path dir, Timeline t, Path gcLog) throws IOException {
        List<Pause> pauses = Pause.read(gcLog);
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < t.sent.length()) {
            if (t.slowestMicros.get(i) < 500_000 && t.notSent.get(i) == 0) {
                i++;
                continue;
            }
            int from = i;
            long notSent = 0;
            long slowest = 0;
            while (i < t.sent.length() && (t.slowestMicros.get(i) >= 500_000 || t.notSent.get(i) > 0)) {
                notSent += t.notSent.get(i);
                slowest = Math.max(slowest, t.slowestMicros.get(i));
                i++;
            }
            long fromMillis = t.beginMillis + from * 1000L;
            long toMillis = t.beginMillis + i * 1000L;
            StringBuilder near = new StringBuilder();
            for (Pause p : pauses) {
                if (p.epochMillis() >= fromMillis - 2000 && p.epochMillis() < toMillis) {
                    near.append(String.format(" %s %.0f ms at %s;", p.kind(), p.ms(), UTC.format(Instant.ofEpochMilli(p.epochMillis()))));
                }
            }
            lines.add(String.format("%s-%s: slowest decision %.0f ms, %d not sent; GC pauses then:%s", UTC.format(Instant.ofEpochMilli(fromMillis)),
                    UTC.format(Instant.ofEpochMilli(toMillis)), slowest / 1000.0, notSent, near.length() == 0 ? " none" : near));
        }
        Files.write(dir.resolve("stalls.txt"), lines);
        System.out.println();
        System.out.println("stalls (a second whose slowest decision took 500 ms or more, or with requests not sent): " + lines.size());
        lines.stream().limit(30).forEach(l -> System.out.println("  " + l));
    }

    static long dbConnections(String pgPort) {
        try {
            String out = run("psql", "-X", "-q", "-A", "-t", "-h", "127.0.0.1", "-p", pgPort, "-U", "postgres", "-d", "postgres", "-c",
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = 'redress'").trim();
            return Long.parseLong(out);
        } catch (IOException | InterruptedException | NumberFormatException e) {
            return -1;
        }
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    static int report(Path dir, Minute warm, Minute[] perMinute, int decisionRate, int writeRate, long unanswered) throws IOException {
        long errors = unanswered;
        long decided = 0;
        long intakes = 0;
        long skipped = 0;
        long pausedMillis = 0;
        System.out.println();
        System.out.printf("soak: %d decisions/s and %d case intakes/s asked, open loop%n", decisionRate, writeRate);
        System.out.println("| minute | decisions answered | cases stored | errors | p50 ms | p99 ms | max ms | server GC pauses (max ms) | heap after full GC MiB | full GC pause ms | load paused ms | database connections |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(dir.resolve("soak-minutes.csv")))) {
            csv.println("minute,decisions,intakes,errors,p50_ms,p99_ms,max_ms,gc_pauses,gc_pause_max_ms,heap_after_full_gc_kib,full_gc_pause_ms,load_paused_ms,skipped,db_connections");
            List<Minute> all = new ArrayList<>();
            all.add(warm);
            all.addAll(Arrays.asList(perMinute));
            for (Minute m : all) {
                long[] sorted = m.decisionMicros.stream().mapToLong(Long::longValue).sorted().toArray();
                double p50 = percentile(sorted, 0.50) / 1000.0;
                double p99 = percentile(sorted, 0.99) / 1000.0;
                double max = sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0;
                System.out.printf("| %s | %,d | %,d | %d | %.1f | %.1f | %.1f | %d (%.0f) | %d | %.0f | %d | %d |%n", m.name, sorted.length, m.intakes.get(),
                        m.errors.get(), p50, p99, max, m.gcPauses, m.gcPauseMaxMs, m.heapAfterGcKb / 1024, m.fullGcPauseMicros / 1000.0,
                        m.loadPausedMillis, m.dbConnections);
                csv.printf("%s,%d,%d,%d,%.2f,%.2f,%.2f,%d,%.2f,%d,%.2f,%d,%d,%d%n", m.name, sorted.length, m.intakes.get(), m.errors.get(), p50, p99, max,
                        m.gcPauses, m.gcPauseMaxMs, m.heapAfterGcKb, m.fullGcPauseMicros / 1000.0, m.loadPausedMillis, m.skipped.get(), m.dbConnections);
                m.errorSamples.forEach(e -> System.out.println("    error: " + e));
                if (m != warm) {
                    errors += m.errors.get();
                    decided += sorted.length;
                    intakes += m.intakes.get();
                    skipped += m.skipped.get();
                    pausedMillis += m.loadPausedMillis;
                }
            }
        }
        System.out.printf("(warm-up: not judged; the load paused %.1f s in all for the minutes' full GCs: %,d requests skipped, not sent later)%n",
                pausedMillis / 1000.0, skipped);
        System.out.println();
        int failures = 0;
        // zero errors (after the warm-up)
        failures += verdict("zero errors", errors == 0, String.format("%,d decisions answered, %,d cases stored, %d errors (%d unanswered at the end; warm-up: %d)",
                decided, intakes, errors, unanswered, warm.errors.get()));
        // heap after full GC flat: the last minute no higher than the first's by more than 10 %
        long heapFirst = perMinute[0].heapAfterGcKb;
        long heapLast = perMinute[perMinute.length - 1].heapAfterGcKb;
        long heapMax = Arrays.stream(perMinute).mapToLong(m -> m.heapAfterGcKb).max().orElse(heapFirst);
        failures += verdict("heap after full GC flat", heapFirst > 0 && heapLast <= heapFirst * 1.10,
                String.format("minute 1: %d MiB, last minute: %d MiB, highest: %d MiB (flat = last within 10 %% of minute 1; after the warm-up %d MiB)",
                        heapFirst / 1024, heapLast / 1024, heapMax / 1024, warm.heapAfterGcKb / 1024));
        // no growth in database connections after the first minute
        long connFirst = perMinute[0].dbConnections;
        long connMax = Arrays.stream(perMinute).mapToLong(m -> m.dbConnections).max().orElse(-1);
        long connLast = perMinute[perMinute.length - 1].dbConnections;
        failures += verdict("no growth in database connections", connFirst > 0 && connMax <= connFirst + 2,
                String.format("minute 1: %d, last minute: %d, highest: %d (no growth = never above minute 1's by more than 2)", connFirst, connLast, connMax));
        return failures == 0 ? 0 : 3;
    }

    static int verdict(String promise, boolean pass, String figures) {
        System.out.printf("  %-4s %-40s %s%n", pass ? "PASS" : "FAIL", promise, figures);
        return pass ? 0 : 1;
    }

    static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private DrillSoak() {
    }
}
