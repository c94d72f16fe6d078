package io.redress.restrictions.infrastructure;

import io.redress.restrictions.api.HeldFunds;
import io.redress.restrictions.domain.AccountStanding;
import io.redress.shared.application.Setting;
import io.redress.shared.infrastructure.Acknowledgements;
import io.redress.shared.infrastructure.BackgroundLoop;
import io.redress.shared.infrastructure.CommitWait;
import io.redress.shared.infrastructure.OwnConnection;
import io.redress.shared.infrastructure.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps the decision cache of this instance current on PostgreSQL: listens on the channel the standing triggers
 * announce standing changes on (migrations V3_3, V9_1), applies each announcement, and every {@link #PING} (sooner
 * when an announcement comes, at once when a writer waits) sends an announcement of its own, a ping, whose return
 * confirms the cache (see {@link StandingCache}); its number, and the numbers of the other instances' pings it has seen,
 * let writers answer once every instance's cache has their change ({@link Acknowledgements}). On its own connection,
 * outside the pool. When the connection fails the cache is emptied and stops answering within its lease; the
 * feed reconnects every second. Once confirmed the first time, it loads the standings, and the funds held on their
 * accounts, into the cache (up to
 * {@code redress.decisions.cache.max-entries}, default 2,000,000), in chunks read in id order. A second thread, the
 * refresher, reads again the API keys the cache held when their change was announced, up to {@link #REFRESH_BATCH} at
 * a time ({@link StandingCache#keysToRefresh}; the registry reads 500 a statement).
 * On H2, or with {@code redress.decisions.cache=false}, nothing runs and decisions read the database.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StandingFeed {

    public static final String CHANNEL = "redress_standing";
    static final long PING = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long ECHO_TIMEOUT_MS = 2000;
    private static final int LOAD_CHUNK = 10_000;
    static final int REFRESH_BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(StandingFeed.class.getName());

    @Inject
    SchemaMigration schema;
    @Inject
    CachedAccountStandings standings;
    @Inject
    SqlAccountStandings database;
    @Inject
    CommitWait commitWait;
    @Inject
    Instance<HeldFunds> heldFunds;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    @ConfigProperty(name = Setting.DECISIONS_CACHE, defaultValue = "true")
    boolean wanted;
    @Inject
    OwnConnection connections;
    @Inject
    CachedKeyCheck keyCheck;

    private final BackgroundLoop loop = new BackgroundLoop("redress-standing-feed");
    private final BackgroundLoop refresher = new BackgroundLoop("redress-key-refresh");

    @PostConstruct
    void start() {
        StandingCache cache = standings.cache(); // made now: a bad lease setting stops the deployment, on H2 too
        if (!wanted || !"postgresql".equals(schema.database())) {
            LOG.info(() -> "Decision cache off (" + (wanted ? "database " + schema.database() : Setting.DECISIONS_CACHE + "=false")
                    + "): every decision reads the database");
            return;
        }
        cache.enable();
        Acknowledgements acks = standings.acknowledgements();
        commitWait.turnOn(cache.commitWait(), acks);
        loop.start(threads, () -> follow(cache, acks));
        refresher.start(threads, () -> refresh(cache));
    }

    @PreDestroy
    void stop() {
        loop.stop();
        refresher.stop();
    }

    /**
     * Reads again, a batch at a time, the keys dropped by their announcement; a failed read leaves them to the decisions
     * (said once when the reads start failing and once when they work again).
     */
    private void refresh(StandingCache cache) {
        boolean failing = false;
        while (refresher.running()) {
            try {
                List<String> ids = cache.keysToRefresh(REFRESH_BATCH, 1000);
                if (!ids.isEmpty()) {
                    keyCheck.refresh(ids);
                    if (failing) {
                        failing = false;
                        LOG.info("Decision cache: changed API keys are read again ahead of the decisions");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!failing) {
                    failing = true;
                    LOG.log(Level.WARNING, "Decision cache: changed API keys are not read again ahead of the decisions, which"
                            + " read them as they ask, until the registry answers: " + e.getMessage());
                }
                refresher.pause(1000);
            }
        }
    }

    private void follow(StandingCache cache, Acknowledgements acks) {
        boolean loaded = false;
        while (loop.running()) {
            try (Connection c = connect()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                    acks.connecting(); // listening from now on (the LISTEN has committed): what commits later is seen
                    // the pings keep nothing: their commits need not wait for the WAL to reach the disk (behind a bulk
                    // job's), and the order they are delivered in is the queue's, taken at commit, not the flush's
                    s.execute("SET synchronous_commit = off");
                }
                cache.clear(); // whatever it held may have missed announcements while nobody listened
                PGConnection pg = c.unwrap(PGConnection.class);
                try (PreparedStatement ping = c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
                    while (loop.running()) {
                        long n = acks.nextPing();
                        long sentAt = System.nanoTime();
                        ping.setString(1, acks.ping(n));
                        ping.execute();
                        awaitEcho(pg, cache, acks, n);
                        cache.confirmed(sentAt);
                        acks.echoed(n);
                        if (!loaded) {
                            loaded = true;
                            threads.newThread(() -> load(cache)).start();
                        }
                        // the next ping at most PING after this one, sooner when an announcement comes, and at once
                        // when a writer waits for it (here, or on another instance: then for this one's acknowledgement);
                        // another instance's ping alone does not end the wait (two feeds would ping each other without end)
                        for (long rest = PING - (System.nanoTime() - sentAt); rest > 0 && !acks.takePingWanted();
                                rest = PING - (System.nanoTime() - sentAt)) {
                            if (apply(pg.getNotifications((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(rest))), cache, acks, 0)) {
                                break;
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                acks.lost();
                cache.clear();
                if (loop.running()) {
                    LOG.log(Level.WARNING, "Decision cache feed lost its connection; decisions read the database until it is back: "
                            + e.getMessage());
                    loop.pause(1000);
                }
            }
        }
        acks.lost();
        cache.clear();
    }

    private static void awaitEcho(PGConnection pg, StandingCache cache, Acknowledgements acks, long echo) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ECHO_TIMEOUT_MS);
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new SQLException("no echo of the feed's own announcement within " + ECHO_TIMEOUT_MS + " ms");
            }
            if (apply(pg.getNotifications((int) left), cache, acks, echo)) {
                return;
            }
        }
    }

    /**
     * Applies announcements in the order they were committed, and passes the pings among them on to {@code acks}; true
     * when this feed's own ping {@code echo} was among them, or (with {@code echo} 0) when an announcement was.
     */
    private static boolean apply(PGNotification[] notifications, StandingCache cache, Acknowledgements acks, long echo) {
        boolean echoed = false;
        boolean announced = false;
        if (notifications != null) {
            for (PGNotification n : notifications) {
                String payload = n.getParameter();
                if (payload.startsWith(Acknowledgements.PING)) {
                    long own = acks.seen(payload); // another instance's: recorded, 0
                    echoed |= echo > 0 && own == echo;
                } else {
                    cache.invalidate(payload);
                    announced = true;
                }
            }
        }
        return echo > 0 ? echoed : announced;
    }

    private void load(StandingCache cache) {
        long began = System.nanoTime();
        int loaded = 0;
        try {
            String after = "";
            while (loop.running() && cache.size() < cache.maxEntries()) {
                long mark = cache.mark(); // per chunk: what changes while a chunk is read is dropped from it
                List<AccountStanding> chunk = database.readAfter(after, LOAD_CHUNK);
                chunk.forEach(s -> cache.put(mark, s));
                if (heldFunds.isResolvable()) {
                    // through CachedHeldFunds, which keeps them: a WITHDRAW decision then reads nothing either
                    heldFunds.get().heldOn(chunk.stream().map(AccountStanding::accountId).toList());
                }
                loaded += chunk.size();
                if (chunk.size() < LOAD_CHUNK) {
                    break;
                }
                after = chunk.get(chunk.size() - 1).accountId();
            }
            int total = loaded;
            LOG.info(() -> "Decision cache: " + total + " account standings loaded in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Decision cache not loaded ahead after " + loaded + " standings; it fills as decisions are asked: "
                    + e.getMessage());
        }
    }

    private Connection connect() throws SQLException {
        // a database that falls silent must not hold the feed past the echo's own timeout (without a read timeout, a
        // lost peer kept it waiting until TCP keepalive gave up, hours later, the cache off all along)
        return connections.open("redress-standing-feed", 2, 3, 3);
    }
}
