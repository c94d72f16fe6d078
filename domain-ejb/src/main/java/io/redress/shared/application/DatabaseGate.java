package io.redress.shared.application;

import io.redress.shared.domain.Unavailable;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Whether the database is known to be away, so that requests are refused at once (503) instead of each one waiting
 * for a connection that cannot come. A probe of its own ({@code DatabaseProbe}, PostgreSQL only) asks the database
 * every {@link #PROBE_EVERY}; the gate is closed when a probe failed, or when a probe has waited for its answer longer
 * than {@link #SILENCE} (a database that falls silent refuses nothing: only the lack of answers tells), and opens
 * again with the next answer. Only a probe that was sent and not answered counts: a probe thread that a busy machine
 * did not schedule for a while says nothing about the database (before, that closed the gate for seconds under load).
 * Without a probe (H2, embedded in the JVM) it is always open.
 * <p>
 * Why a gate rather than a circuit breaker learning from failed calls (MicroProfile Fault Tolerance): a breaker
 * needs requests to fail, each paying the connection timeout, before it opens, and its half-open trial requests pay
 * it again while the outage lasts; the gate's probe pays it alone. It costs a request two volatile reads and the
 * monotonic clock, which the decision's hot path can afford, and it is what readiness reports.
 */
@ApplicationScoped
public class DatabaseGate {

    /** How often the probe asks. */
    public static final long PROBE_EVERY = TimeUnit.MILLISECONDS.toNanos(200);
    /** A probe unanswered for this long closes the gate. */
    public static final long SILENCE = TimeUnit.MILLISECONDS.toNanos(1000);

    private final LongSupplier nanoTime;
    private final Clock clock;
    private volatile boolean watched;
    private volatile long answeredAt;
    private volatile boolean asking;
    private volatile long askedAt;
    private volatile Instant answeredAtWall;
    private volatile String failure;
    private volatile Instant failedAt;
    private volatile String heldBy;
    private volatile Instant heldSince;

    public DatabaseGate() {
        this(System::nanoTime, Clock.systemUTC());
    }

    public DatabaseGate(LongSupplier nanoTime, Clock clock) {
        this.nanoTime = nanoTime;
        this.clock = clock;
    }

    /** What the gate says now; {@code since} and {@code reason} only when closed. */
    public record State(boolean open, boolean watched, Instant since, String reason) {
    }

    /** The probe starts: from now on the gate follows its answers (the database has just answered the migration). */
    public void watch() {
        asking = false;
        answeredAt = nanoTime.getAsLong();
        answeredAtWall = clock.instant();
        failure = null;
        watched = true;
    }

    /** The probe stops (undeployment): the gate no longer follows it and stays open. */
    public void unwatch() {
        watched = false;
        failure = null;
    }

    public boolean watched() {
        return watched;
    }

    /** The probe sends a question (or connects) at {@code sentAt} (nanoTime); its answer or failure follows. */
    public void asking(long sentAt) {
        askedAt = sentAt;
        asking = true;
    }

    /** A probe sent at {@code sentAt} (nanoTime) was answered. */
    public void answered(long sentAt) {
        asking = false;
        if (sentAt - answeredAt > 0) {
            answeredAt = sentAt;
            answeredAtWall = clock.instant();
        }
        failure = null;
    }

    /** A probe failed: the gate closes until the next answer. */
    public void failed(String reason) {
        asking = false;
        if (failure == null) {
            failedAt = clock.instant();
        }
        failure = reason == null ? "the database refused the probe" : reason;
    }

    /**
     * Closed by hand, whatever the probe says, until {@link #release()}: planned database work, a drill, a test. A
     * probe's answer does not open a held gate (it would, within {@link #PROBE_EVERY}, if the gate were only failed).
     */
    public void hold(String reason) {
        heldSince = clock.instant();
        heldBy = reason == null ? "closed by hand" : reason;
    }

    public void release() {
        heldBy = null;
    }

    public boolean open() {
        return heldBy == null
                && (!watched || failure == null && !(asking && nanoTime.getAsLong() - askedAt > SILENCE));
    }

    public State state() {
        if (open()) {
            return new State(true, watched, null, null);
        }
        String held = heldBy;
        if (held != null) {
            return new State(false, watched, heldSince, held);
        }
        String failed = failure;
        if (failed != null) {
            return new State(false, true, failedAt, failed);
        }
        long silentMs = TimeUnit.NANOSECONDS.toMillis(nanoTime.getAsLong() - askedAt);
        return new State(false, true, answeredAtWall, "no answer from the database for " + silentMs + " ms");
    }

    /** Refuses at once, before anything is attempted, while the gate is closed. */
    public void requireOpen() {
        if (!open()) {
            State s = state();
            throw Unavailable.notAttempted("The database is unreachable (" + s.reason() + "); nothing was done. Retry later.");
        }
    }

    /**
     * Whether a failure is the database being away rather than a fault of Redress: the gate is closed, or the cause
     * is a lost or refused connection, a timeout, or the connection pool unable to give a connection.
     */
    public boolean explains(Throwable failure) {
        if (!open()) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLTimeoutException
                    || t instanceof SocketException || t instanceof SocketTimeoutException
                    || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true; // connection exception; admin or crash shutdown, cannot connect now
            }
            // the pool's own failures (no connection within the wait, creation failed) are resource exceptions
            if (t.getClass().getName().startsWith("jakarta.resource.")
                    || t.getClass().getName().equals("com.sun.appserv.connectors.internal.api.PoolingException")) {
                return true;
            }
        }
        return false;
    }
}
