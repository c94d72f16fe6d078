import io.redress.screening.domain.AddressFormats;
import io.redress.screening.domain.Category;
import io.redress.screening.domain.Exposure;
import io.redress.screening.domain.ExposureCalculator;
import io.redress.screening.domain.TraceRules;
import io.redress.screening.domain.TransactionGraph;
import io.redress.screening.infrastructure.ScreeningGraph;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The in-process half of bench/screening-benchmark.sh: loads the transaction graph from PostgreSQL with the
 * application's own loader ({@code ScreeningGraph.load}, what {@code GraphLoader} calls at start) into the application's
 * own {@code TransactionGraph}, traces sampled deposits with the application's {@code ExposureCalculator} (default
 * trace rules: 4 hops, the default dust thresholds), and runs for the same deposits a PostgreSQL recursive query that
 * implements the same proportional method, timing both and checking that they agree on every measured deposit.
 *
 *   java -cp domain-ejb/target/classes:postgresql.jar bench/seed/ScreeningExposure.java JDBC_URL USER OUT_DIR
 *        SAMPLES PASSES PG_BUDGET_SECONDS [SENDERS_FOR_WRK]
 *
 * Prints human lines and "result KEY VALUE" lines (parsed by the benchmark); writes OUT_DIR/senders.txt ("chain asset
 * address" per line: the deposits wrk sends), OUT_DIR/disagreements.txt and
 * OUT_DIR/answers.txt (every sampled deposit's exposure per category and hop, its untraced share and evidence paths:
 * two builds run on the same data give files to compare).
 */
public class ScreeningExposure {

    static final double TOLERANCE = 1e-9;

    record Deposit(String chain, String asset, String sender) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        Path out = Path.of(args[2]);
        int samples = Integer.parseInt(args[3]);
        int passes = Integer.parseInt(args[4]);
        long pgBudgetNanos = Long.parseLong(args[5]) * 1_000_000_000L;
        int forWrk = args.length > 6 ? Integer.parseInt(args[6]) : 20_000;
        TraceRules rules = TraceRules.parse(TraceRules.DEFAULT);
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setUrl(url);
        db.setUser(user);

        // ---------------------------------------------------------------- the graph, with the application's loader
        long before = liveHeap();
        ScreeningGraph loader = new ScreeningGraph();
        long began = System.nanoTime();
        loader.load(db);
        long loadMs = (System.nanoTime() - began) / 1_000_000;
        TransactionGraph graph = loader.graph();
        long after = liveHeap();
        int transfers = graph.transfers();
        int addresses = graph.addresses();
        double perMillion = (after - before) / (transfers / 1e6);
        System.out.printf(Locale.ROOT, "graph: %,d transfers, %,d addresses loaded in %,d ms; live heap %+.1f MB (%.1f MB per million transfers; arrays %.1f MB)%n",
                transfers, addresses, loadMs, (after - before) / 1048576.0, perMillion / 1048576.0, graph.arrayBytes() / 1048576.0);
        result("transfers", transfers);
        result("addresses", addresses);
        result("load_ms", loadMs);
        result("heap_bytes", after - before);
        result("heap_per_million", (long) perMillion);

        // ---------------------------------------------------------------- the deposits
        List<Deposit> deposits = new ArrayList<>();
        List<Deposit> wrk = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            sample(c, samples, new Random(42), deposits);
            sample(c, forWrk, new Random(4242), wrk);
        }
        for (Deposit d : deposits) {
            String canonical = AddressFormats.parse(d.chain(), d.sender()).canonical();
            if (!canonical.equals(d.sender())) {
                throw new IllegalStateException(d.sender() + " is not in canonical form (" + canonical + ")");
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("senders.txt"), StandardCharsets.UTF_8))) {
            for (Deposit d : wrk) {
                w.println(d.chain() + " " + d.asset() + " " + d.sender());
            }
        }
        System.out.printf("deposits: %d sampled (every sender checked by AddressFormats), %d senders written for wrk%n", deposits.size(), wrk.size());

        // ---------------------------------------------------------------- in process
        int n = deposits.size();
        Exposure[] answers = new Exposure[n];
        for (int p = 0; p < 5; p++) { // warm-up: the JIT compiles the trace
            for (int i = 0; i < n; i++) {
                Deposit d = deposits.get(i);
                answers[i] = ExposureCalculator.trace(graph, d.asset(), d.sender(), rules);
            }
        }
        long[] all = new long[n * passes];
        long[] cpu = new long[n * passes];
        long[][] perDeposit = new long[n][passes];
        // the tracing thread's CPU time too: on a shared machine the wall-clock tail is mostly the time the thread
        // waited for its CPU (preempted), which the CPU time leaves out
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] gcBefore = collections();
        for (int p = 0; p < passes; p++) {
            for (int i = 0; i < n; i++) {
                Deposit d = deposits.get(i);
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Exposure e = ExposureCalculator.trace(graph, d.asset(), d.sender(), rules);
                long t = System.nanoTime() - t0;
                cpu[p * n + i] = threads.getCurrentThreadCpuTime() - c0;
                answers[i] = e;
                all[p * n + i] = t;
                perDeposit[i][p] = t;
            }
        }
        long[] gcAfter = collections(); // a pause during the passes would be in the wall-clock tail
        long[] fastest = new long[n]; // per deposit, the fastest of its passes
        for (int i = 0; i < n; i++) {
            fastest[i] = Arrays.stream(perDeposit[i]).min().orElse(0);
        }
        Arrays.sort(cpu);
        Arrays.sort(fastest);
        Arrays.sort(all);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("answers.txt"), StandardCharsets.UTF_8))) {
            for (int i = 0; i < n; i++) { // to compare two builds' answers on the same data (bench/README.md)
                Deposit d = deposits.get(i);
                w.println(d.asset() + " " + d.sender() + " truncated=" + answers[i].truncated() + " untraced=" + answers[i].untracedShare());
                for (Exposure.CategoryExposure ce : answers[i].categories()) {
                    w.println("  " + ce.category() + " " + Arrays.toString(ce.byHop()) + " nearest=" + ce.nearestHops() + " path=" + ce.path());
                }
            }
        }
        int exposed = 0;
        int truncated = 0;
        int[] byCategory = new int[Category.values().length];
        for (Exposure e : answers) {
            exposed += e.categories().isEmpty() ? 0 : 1;
            truncated += e.truncated() ? 1 : 0;
            e.categories().forEach(ce -> byCategory[ce.category().ordinal()]++);
        }
        StringBuilder mix = new StringBuilder();
        for (Category c : Category.values()) {
            if (byCategory[c.ordinal()] > 0) {
                mix.append(mix.isEmpty() ? "" : ", ").append(c).append(' ').append(byCategory[c.ordinal()]);
            }
        }
        System.out.printf(Locale.ROOT, "in process: %d deposits x %d passes (after 5 warm-up passes): p50 %.1f us, p99 %.1f us, max %.1f us, mean %.1f us%n",
                n, passes, all[all.length / 2] / 1e3, pct(all, 99) / 1e3, all[all.length - 1] / 1e3, mean(all) / 1e3);
        System.out.printf(Locale.ROOT, "  the tracing thread's CPU time: p50 %.1f us, p99 %.1f us, max %.1f us; each deposit's fastest pass: p50 %.1f us, p99 %.1f us, max %.1f us%n",
                cpu[cpu.length / 2] / 1e3, pct(cpu, 99) / 1e3, cpu[cpu.length - 1] / 1e3, fastest[n / 2] / 1e3, pct(fastest, 99) / 1e3, fastest[n - 1] / 1e3);
        System.out.printf("  %d of %d deposits exposed (%s), %d truncated by the budget%n", exposed, n, mix, truncated);
        System.out.printf("  garbage collections during the timed passes: %d, %d ms in all%n", gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
        result("inproc_n", all.length);
        result("inproc_p50_ns", all[all.length / 2]);
        result("inproc_p99_ns", pct(all, 99));
        result("inproc_max_ns", all[all.length - 1]);
        result("inproc_mean_ns", (long) mean(all));
        result("inproc_cpu_p50_ns", cpu[cpu.length / 2]);
        result("inproc_cpu_p99_ns", pct(cpu, 99));
        result("inproc_cpu_max_ns", cpu[cpu.length - 1]);
        result("inproc_fastest_p99_ns", pct(fastest, 99));
        result("inproc_gc_count", gcAfter[0] - gcBefore[0]);
        result("inproc_gc_ms", gcAfter[1] - gcBefore[1]);
        result("exposed", exposed);
        result("truncated", truncated);
        resultText("mix", mix.isEmpty() ? "none" : mix.toString().replace(' ', '_'));

        // ---------------------------------------------------------------- PostgreSQL's recursive query
        String sql = recursiveQuery();
        Files.writeString(out.resolve("recursive-query.sql"), sql);
        List<Long> pgTimes = new ArrayList<>();
        List<Long> inTimes = new ArrayList<>();
        long pgRows = 0;
        int agreed = 0;
        int compared = 0;
        int skipped = 0;
        int timedOut = 0;
        double worst = 0;
        try (Connection c = db.getConnection(); PrintWriter bad = new PrintWriter(Files.newBufferedWriter(out.resolve("disagreements.txt")))) {
            try (Statement s = c.createStatement()) {
                s.execute("SET statement_timeout = '120s'");
                s.execute("SET jit = off");
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int warm = Math.min(20, n);
                for (int i = 0; i < warm; i++) { // the table's pages in the cache, the plan prepared
                    run(ps, deposits.get(i), rules, new double[Category.values().length][rules.maxHops() + 1]);
                }
                long spent = 0;
                for (int i = 0; i < n && spent < pgBudgetNanos; i++) {
                    Deposit d = deposits.get(i);
                    if (answers[i].truncated()) {
                        skipped++;
                        continue;
                    }
                    double[][] pg = new double[Category.values().length][rules.maxHops() + 1];
                    long t0 = System.nanoTime();
                    long rows;
                    try {
                        rows = run(ps, d, rules, pg);
                    } catch (SQLException e) { // statement_timeout: counted, not compared
                        spent += System.nanoTime() - t0;
                        timedOut++;
                        bad.printf("%s %s %s: the recursive query did not finish: %s%n", d.chain(), d.asset(), d.sender(), e.getMessage());
                        continue;
                    }
                    long t = System.nanoTime() - t0;
                    spent += t;
                    pgRows += rows;
                    pgTimes.add(t);
                    long[] mine = perDeposit[i].clone();
                    Arrays.sort(mine);
                    inTimes.add(mine[mine.length / 2]);
                    compared++;
                    double diff = 0;
                    for (Category cat : Category.values()) {
                        Exposure.CategoryExposure ce = answers[i].of(cat);
                        for (int h = 1; h <= rules.maxHops(); h++) {
                            double app = ce == null ? 0 : ce.byHop()[h];
                            diff = Math.max(diff, Math.abs(app - Math.min(1, pg[cat.ordinal()][h])));
                        }
                    }
                    worst = Math.max(worst, diff);
                    if (diff <= TOLERANCE) {
                        agreed++;
                    } else {
                        bad.printf(Locale.ROOT, "%s %s %s: differs by %.3g; application %s; PostgreSQL %s%n", d.chain(), d.asset(), d.sender(),
                                diff, describe(answers[i]), describe(pg));
                    }
                }
            }
        }
        long[] pgSorted = pgTimes.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] inSorted = inTimes.stream().mapToLong(Long::longValue).sorted().toArray();
        if (pgSorted.length == 0) {
            System.out.println("PostgreSQL: no deposit measured");
            result("pg_n", 0);
            return;
        }
        double pgMean = mean(pgSorted);
        double inMean = mean(inSorted);
        System.out.printf(Locale.ROOT, "PostgreSQL recursive query: %d deposits (of %d; budget %d s%s): p50 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms; %.0f paths per deposit%n",
                compared, n, pgBudgetNanos / 1_000_000_000L, skipped > 0 ? ", " + skipped + " truncated traces skipped" : "",
                pgSorted[pgSorted.length / 2] / 1e6, pct(pgSorted, 99) / 1e6, pgSorted[pgSorted.length - 1] / 1e6, pgMean / 1e6, (double) pgRows / compared);
        System.out.printf(Locale.ROOT, "  the same deposits in process (median of %d passes each): p50 %.1f us, mean %.1f us; PostgreSQL / in process: %.0f x (medians), %.0f x (means)%n",
                passes, inSorted[inSorted.length / 2] / 1e3, inMean / 1e3, (double) pgSorted[pgSorted.length / 2] / inSorted[inSorted.length / 2], pgMean / inMean);
        System.out.printf(Locale.ROOT, "  agreement (every category's share at every hop within %.0e): %d of %d deposits; largest difference %.3g%n",
                TOLERANCE, agreed, compared, worst);
        if (timedOut > 0) {
            System.out.printf("  %d recursive queries did not finish within the statement timeout (120 s): not in the figures above%n", timedOut);
        }
        result("pg_timed_out", timedOut);
        result("pg_n", compared);
        result("pg_p50_ns", pgSorted[pgSorted.length / 2]);
        result("pg_p99_ns", pct(pgSorted, 99));
        result("pg_max_ns", pgSorted[pgSorted.length - 1]);
        result("pg_mean_ns", (long) pgMean);
        result("pg_paths", pgRows / compared);
        result("same_p50_ns", inSorted[inSorted.length / 2]);
        result("same_mean_ns", (long) inMean);
        result("agreed", agreed);
        resultText("worst_diff", String.format(Locale.ROOT, "%.3g", worst));
    }

    /**
     * 80 % the receivers of random transfers (a deposit from someone who was paid), 20 % the receivers of transfers out
     * of listed addresses (so that exposure is met often enough to check the answers).
     */
    static void sample(Connection c, int count, Random random, List<Deposit> into) throws SQLException {
        long base;
        long max;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT min(id), max(id) FROM chain_transfer WHERE id >= 1000000000000 AND id < 2000000000000")) {
            rs.next();
            base = rs.getLong(1);
            max = rs.getLong(2);
        }
        List<Deposit> tainted = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.chain, t.asset, t.to_address FROM chain_transfer t"
                + " WHERE t.id >= 2000000000000 AND EXISTS (SELECT 1 FROM flagged_address f WHERE f.address = t.from_address)")) {
            while (rs.next()) {
                tainted.add(new Deposit(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        Set<Deposit> picked = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT chain, asset, to_address FROM chain_transfer WHERE id = ?")) {
            int attempts = 0;
            while (picked.size() < count && attempts++ < count * 10) {
                if (!tainted.isEmpty() && random.nextInt(5) == 0) {
                    picked.add(tainted.get(random.nextInt(tainted.size())));
                    continue;
                }
                ps.setLong(1, base + (long) (random.nextDouble() * (max - base + 1)));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        picked.add(new Deposit(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
        }
        into.addAll(picked);
    }

    /**
     * The proportional method as one recursive query: from the sender (hop 1), each step splits a path's value among
     * the transfers of the asset into its address in proportion to their amounts, skipping dust from listed addresses;
     * a path carries the categories met on it (a category counts once per path). PostgreSQL's recursive term cannot
     * aggregate, so it enumerates paths where the application merges them per (address, categories); the sums agree.
     */
    static String recursiveQuery() {
        StringBuilder bits = new StringBuilder("CASE category");
        for (Category c : Category.values()) {
            bits.append(" WHEN '").append(c.name()).append("' THEN ").append(c.bit());
        }
        bits.append(" ELSE 0 END");
        return """
                WITH RECURSIVE fl AS MATERIALIZED (
                    SELECT address, bit_or(%s) AS bits FROM flagged_address WHERE removed_at IS NULL GROUP BY address
                ), walk(h, node, mask, mass) AS (
                    SELECT 1, ?::varchar(128), 0, 1.0::float8
                    UNION ALL
                    SELECT w.h + 1, t.from_address, w.mask | coalesce(nf.bits, 0), w.mass * t.amount::float8 / tot.total
                    FROM walk w
                    LEFT JOIN fl nf ON nf.address = w.node
                    CROSS JOIN LATERAL (SELECT sum(i.amount::float8) AS total FROM chain_transfer i
                                        WHERE i.to_address = w.node AND i.asset = ?) tot
                    JOIN chain_transfer t ON t.to_address = w.node AND t.asset = ?
                    LEFT JOIN fl sf ON sf.address = t.from_address
                    WHERE w.h < ? AND NOT (sf.bits IS NOT NULL AND t.amount < ?)
                )
                SELECT w.h, coalesce(f.bits, 0) & ~w.mask AS fresh, sum(w.mass), count(*)
                FROM walk w LEFT JOIN fl f ON f.address = w.node
                GROUP BY 1, 2
                """.formatted(bits);
    }

    /** Runs the query for a deposit; adds the shares per category and hop; returns the paths walked. */
    static long run(PreparedStatement ps, Deposit d, TraceRules rules, double[][] byHop) throws SQLException {
        ps.setString(1, d.sender());
        ps.setString(2, d.asset());
        ps.setString(3, d.asset());
        ps.setInt(4, rules.maxHops());
        ps.setBigDecimal(5, java.math.BigDecimal.valueOf(rules.dustOf(d.asset())));
        long rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int h = rs.getInt(1);
                int fresh = rs.getInt(2);
                double mass = rs.getDouble(3);
                rows += rs.getLong(4);
                for (Category c : Category.values()) {
                    if ((fresh & c.bit()) != 0) {
                        byHop[c.ordinal()][h] += mass;
                    }
                }
            }
        }
        return rows;
    }

    static String describe(Exposure e) {
        StringBuilder s = new StringBuilder();
        for (Exposure.CategoryExposure ce : e.categories()) {
            s.append(ce.category()).append(Arrays.toString(ce.byHop())).append(' ');
        }
        return s.isEmpty() ? "none" : s.toString().strip();
    }

    static String describe(double[][] pg) {
        StringBuilder s = new StringBuilder();
        for (Category c : Category.values()) {
            if (Arrays.stream(pg[c.ordinal()]).anyMatch(v -> v > 0)) {
                s.append(c).append(Arrays.toString(pg[c.ordinal()])).append(' ');
            }
        }
        return s.isEmpty() ? "none" : s.toString().strip();
    }

    /** The collections so far and their time in ms, all collectors. */
    static long[] collections() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            ms += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, ms};
    }

    static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    static double mean(long[] v) {
        return Arrays.stream(v).average().orElse(0);
    }

    static void result(String key, long value) {
        System.out.println("result " + key + " " + value);
    }

    static void resultText(String key, String value) {
        System.out.println("result " + key + " " + value);
    }
}
