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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
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
 *   soak DIR BASE SECONDS DRATE WRATE PID PGPORT
 *                                         DRATE decisions and WRATE case intakes a second sent on time whatever the
 *                                         earlier ones do (open loop); at the end of each minute the server JVM PID is
 *                                         asked for a full GC and its heap after it (jcmd), and PostgreSQL on PGPORT
 *                                         for the connections to database redress; writes DIR/soak-minutes.csv and
 *                                         prints the table and a PASS/FAIL per promise
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
                    Integer.parseInt(args[5]), args[6], args[7]));
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
        final ConcurrentLinkedQueue<Long> decisionMicros = new ConcurrentLinkedQueue<>();
        final AtomicLong intakes = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        volatile long heapAfterGcKb = -1;
        volatile long dbConnections = -1;

        void error(String what) {
            if (errors.incrementAndGet() <= 3) {
                errorSamples.add(what);
            }
        }
    }

    static int soak(Path dir, String base, int seconds, int decisionRate, int writeRate, String pid, String pgPort) throws Exception {
        Setup s = Setup.of(dir);
        int minutes = (seconds + 59) / 60;
        Minute[] perMinute = new Minute[minutes];
        Arrays.setAll(perMinute, i -> new Minute());
        AtomicLong inFlight = new AtomicLong();
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;

        Thread decisions = sender("decisions", begin, end, decisionRate, n -> {
            Minute m = perMinute[minuteOf(begin, minutes)];
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                m.error("not sent: " + MAX_IN_FLIGHT + " unanswered");
                return;
            }
            inFlight.incrementAndGet();
            long sent = System.nanoTime();
            s.http().sendAsync(s.decision(base, n), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).whenComplete((r, failure) -> {
                inFlight.decrementAndGet();
                Minute at = perMinute[minuteOf(begin, minutes, sent)];
                if (r == null) {
                    at.error("decision: " + failure);
                } else if (r.statusCode() != 200 || !r.body().contains("\"allowed\"")) {
                    at.error("decision: HTTP " + r.statusCode() + " " + abbreviate(r.body()));
                } else {
                    at.decisionMicros.add((System.nanoTime() - sent) / 1000);
                }
            });
        });
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        Thread writes = sender("writes", begin, end, writeRate, n -> {
            inFlight.incrementAndGet();
            long sent = System.nanoTime();
            s.http().sendAsync(s.intake(base, run + "-" + n), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).whenComplete((r, failure) -> {
                inFlight.decrementAndGet();
                Minute at = perMinute[minuteOf(begin, minutes, sent)];
                if (r == null) {
                    at.error("case: " + failure);
                } else if (r.statusCode() != 201) {
                    at.error("case: HTTP " + r.statusCode() + " " + abbreviate(r.body()));
                } else {
                    at.intakes.incrementAndGet();
                }
            });
        });

        // the end of each minute: a full GC, the heap after it, the database's connections
        for (int i = 0; i < minutes; i++) {
            long minuteEnd = Math.min(end, begin + (i + 1) * 60_000_000_000L);
            LockSupport.parkNanos(minuteEnd - System.nanoTime());
            perMinute[i].heapAfterGcKb = heapAfterFullGc(pid);
            perMinute[i].dbConnections = dbConnections(pgPort);
            System.out.printf("[soak] minute %d: %d decisions, %d errors, heap after full GC %d MiB, %d database connections%n",
                    i + 1, perMinute[i].decisionMicros.size(), perMinute[i].errors.get(), perMinute[i].heapAfterGcKb / 1024,
                    perMinute[i].dbConnections);
        }
        decisions.join();
        writes.join();
        for (int i = 0; i < 120 && inFlight.get() > 0; i++) {
            Thread.sleep(100);
        }
        return report(dir, perMinute, decisionRate, writeRate, inFlight.get());
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

    static int minuteOf(long begin, int minutes) {
        return minuteOf(begin, minutes, System.nanoTime());
    }

    static int minuteOf(long begin, int minutes, long at) {
        return (int) Math.min(minutes - 1, Math.max(0, (at - begin) / 60_000_000_000L));
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

    static int report(Path dir, Minute[] perMinute, int decisionRate, int writeRate, long unanswered) throws IOException {
        long errors = unanswered;
        long decided = 0;
        long intakes = 0;
        System.out.println();
        System.out.printf("soak: %d decisions/s and %d case intakes/s asked, open loop%n", decisionRate, writeRate);
        System.out.println("| minute | decisions answered | cases stored | errors | p50 ms | p99 ms | heap after full GC MiB | database connections |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(dir.resolve("soak-minutes.csv")))) {
            csv.println("minute,decisions,intakes,errors,p50_ms,p99_ms,heap_after_full_gc_kib,db_connections");
            for (int i = 0; i < perMinute.length; i++) {
                Minute m = perMinute[i];
                long[] sorted = m.decisionMicros.stream().mapToLong(Long::longValue).sorted().toArray();
                double p50 = percentile(sorted, 0.50) / 1000.0;
                double p99 = percentile(sorted, 0.99) / 1000.0;
                System.out.printf("| %d | %,d | %,d | %d | %.1f | %.1f | %d | %d |%n", i + 1, sorted.length, m.intakes.get(), m.errors.get(),
                        p50, p99, m.heapAfterGcKb / 1024, m.dbConnections);
                csv.printf("%d,%d,%d,%d,%.2f,%.2f,%d,%d%n", i + 1, sorted.length, m.intakes.get(), m.errors.get(), p50, p99,
                        m.heapAfterGcKb, m.dbConnections);
                errors += m.errors.get();
                decided += sorted.length;
                intakes += m.intakes.get();
                m.errorSamples.forEach(e -> System.out.println("    error: " + e));
            }
        }
        System.out.println();
        int failures = 0;
        // zero errors
        failures += verdict("zero errors", errors == 0, String.format("%,d decisions answered, %,d cases stored, %d errors (%d unanswered at the end)",
                decided, intakes, errors, unanswered));
        // heap after full GC flat: the last minutes no higher than the second minute's (after the warm first minute) by more than 10 %
        long heapFirst = perMinute.length > 1 ? perMinute[1].heapAfterGcKb : perMinute[0].heapAfterGcKb;
        long heapLast = perMinute[perMinute.length - 1].heapAfterGcKb;
        long heapMax = Arrays.stream(perMinute).skip(1).mapToLong(m -> m.heapAfterGcKb).max().orElse(heapFirst);
        failures += verdict("heap after full GC flat", heapFirst > 0 && heapLast <= heapFirst * 1.10,
                String.format("minute 2: %d MiB, last minute: %d MiB, highest from minute 2: %d MiB (flat = last within 10 %% of minute 2)",
                        heapFirst / 1024, heapLast / 1024, heapMax / 1024));
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
