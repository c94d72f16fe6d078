import io.redress.apikeys.domain.TradeEvent;
import io.redress.apikeys.domain.TradeFacts;
import io.redress.apikeys.infrastructure.SqlKeyAddresses;
import io.redress.apikeys.infrastructure.SqlKeyTradeCounts;
import io.redress.apikeys.infrastructure.SqlKeyUses;
import io.redress.apikeys.infrastructure.SqlTradeKeys;
import io.redress.apikeys.infrastructure.SqlTradeLog;
import io.redress.shared.infrastructure.RowSetStatements;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.sessions.Session;

/**
 * Where one trade-event intake call's cost goes, store by store, on a database the keys benchmark left behind
 * ({@code KEEP=1}): the five plain-SQL stores of {@code TradeIntake} called as the intake calls them, with 1,000
 * ordinary trades of random seeded keys (each from its key's own address), each call's transaction rolled back. Prints
 * per store the client's CPU (this thread) and the PostgreSQL backend's CPU ({@code /proc/<pid>/stat}, so run it on
 * the database's machine, as root or as postgres), in microseconds per event. The backend is reniced to 19 so that it
 * disturbs others little. See bench/README.md.
 *
 * Run by {@code bench/intake/breakdown.sh <database> <keys> <accounts>} (after {@code mvn -pl domain-ejb compile}).
 */
public class IntakeBreakdown {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int keyCount = Integer.parseInt(args[1]);
        int accounts = Integer.parseInt(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int warm = rounds / 3;
        Connection c = DriverManager.getConnection(url, "postgres", "");
        c.setAutoCommit(false);
        int pid;
        try (ResultSet rs = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        new ProcessBuilder("renice", "-n", "19", "-p", Integer.toString(pid)).start().waitFor();
        // the stores' own EntityManager and EclipseLink session, as far as they use them: the connection, ids
        AtomicLong ids = new AtomicLong(4_000_000_000L);
        Session session = (Session) Proxy.newProxyInstance(IntakeBreakdown.class.getClassLoader(), new Class<?>[] {Session.class},
                (p, m, a) -> m.getName().equals("getNextSequenceNumberValue") ? ids.incrementAndGet() : null);
        EntityManager em = (EntityManager) Proxy.newProxyInstance(IntakeBreakdown.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (p, m, a) -> m.getName().equals("unwrap") ? (a[0] == Connection.class ? c : session) : null);
        RowSetStatements statements = RowSetStatements.on(em, "postgresql");
        SqlTradeKeys keys = with(new SqlTradeKeys(), em, statements);
        SqlKeyAddresses addresses = with(new SqlKeyAddresses(), em, statements);
        SqlKeyTradeCounts counts = with(new SqlKeyTradeCounts(), em, statements);
        SqlTradeLog log = with(new SqlTradeLog(), em, statements);
        SqlKeyUses uses = with(new SqlKeyUses(), em, statements);
        String[] names = {"keys read", "addresses read", "burst counts", "event insert", "last uses", "new addresses", "rollback"};
        long[] client = new long[names.length];
        long[] backend = new long[names.length];
        var threads = ManagementFactory.getThreadMXBean();
        Random random = new Random(9);
        for (int round = 0; round < rounds; round++) {
            // later than anything stored, a call two minutes after the last: every key's last use moves
            Instant now = Instant.now().plus(Duration.ofMinutes(2L * round + 2));
            List<TradeFacts> trades = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                int n = random.nextInt(keyCount) + 1;
                trades.add(new TradeFacts(String.format("BK-%08d", n), String.format("BENCH-%07d", 1 + (n - 1) % accounts),
                        "BTCUSDT", i % 2 == 0 ? TradeEvent.Side.BUY : TradeEvent.Side.SELL, new BigDecimal("1.5"),
                        new BigDecimal("43012.5"), new BigDecimal("43012.5"), new BigDecimal("250000000"),
                        "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256), now.minusMillis(random.nextInt(60_000)), null));
            }
            Set<String> keyIds = new HashSet<>();
            Map<String, Instant> lastUse = new HashMap<>();
            Map<String, Map<String, Instant>> fresh = new HashMap<>();
            for (TradeFacts t : trades) {
                keyIds.add(t.keyId());
                lastUse.put(t.keyId(), t.tradedAt());
                fresh.computeIfAbsent(t.keyId(), x -> new HashMap<>()).put(t.sourceIp(), t.tradedAt());
            }
            Runnable[] steps = {
                () -> keys.read(keyIds),
                () -> addresses.known(keyIds),
                () -> counts.count(keyIds, now.minus(Duration.ofDays(7)), now.minus(Duration.ofMinutes(10)), now),
                () -> log.append(trades, now),
                () -> uses.usedAt(lastUse),
                () -> addresses.remember(fresh),
                () -> {
                    try {
                        c.rollback();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }};
            for (int s = 0; s < steps.length; s++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long b0 = ticks(pid);
                steps[s].run();
                long c1 = threads.getCurrentThreadCpuTime();
                long b1 = ticks(pid);
                if (round >= warm) {
                    client[s] += c1 - c0;
                    backend[s] += b1 - b0;
                }
            }
        }
        double events = (rounds - warm) * 1000.0;
        double hz = 100; // USER_HZ
        long clientAll = 0;
        long backendAll = 0;
        for (int s = 0; s < names.length; s++) {
            System.out.printf("%-15s client %5.1f us/event   PostgreSQL backend %5.1f us/event%n", names[s],
                    client[s] / 1000.0 / events, backend[s] * 1e6 / hz / events);
            clientAll += client[s];
            backendAll += backend[s];
        }
        System.out.printf("%-15s client %5.1f us/event   PostgreSQL backend %5.1f us/event  (%d calls of 1,000 measured)%n", "all",
                clientAll / 1000.0 / events, backendAll * 1e6 / hz / events, rounds - warm);
    }

    private static long ticks(int pid) throws Exception {
        String[] f = Files.readString(Path.of("/proc/" + pid + "/stat")).split(" ");
        return Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    private static <T> T with(T store, EntityManager em, RowSetStatements statements) throws ReflectiveOperationException {
        for (Field f : store.getClass().getDeclaredFields()) {
            if (f.getName().equals("em")) {
                f.setAccessible(true);
                f.set(store, em);
            } else if (f.getName().equals("statements")) {
                f.setAccessible(true);
                f.set(store, statements);
            }
        }
        return store;
    }
}
