package io.redress.shared.infrastructure;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * What lets a change's writer answer as soon as every instance's decision cache has applied the change, instead of a
 * whole lease after its commit (CommitWait; the caches are restrictions' StandingCache).
 * <p>
 * Each instance's feed listens on the channel the database announces changes on, in commit order, and pings on it: its
 * ping's number comes back to it (its echo) and reaches every other instance's feed too. An instance that sees another's
 * ping has applied everything committed before that ping, and says so in its own next ping: the highest number of each
 * other instance's pings it has seen (its acknowledgements). A writer, after its commit, takes a {@link #ticket}: the
 * number of the first ping sent after it. It is {@link #released} once its own instance's echo of that ping has come,
 * and every other instance heard from within the {@code window} (the lease and the clocks' margin) has acknowledged it.
 * <p>
 * Why that is enough: a cache answers only while its last confirmation (the echo of a ping it sent at most a lease ago)
 * is current. An instance whose confirmation came from a ping committed after the writer's commit has applied the change.
 * One whose confirmation came from a ping committed before it: this instance's feed saw that ping before its own echo
 * of the ticket, so that instance is heard from, and must acknowledge, unless its last ping was heard over a window ago
 * (then it stopped answering on it a while ago). A ping committed before this feed began listening is not seen, so for a
 * window after each (re)connection (counted from when its LISTEN has committed) nobody is released early. An instance
 * that says nothing of its own (an older version) keeps the writers waiting the whole lease while it is heard from;
 * one that lost its feed is not heard from, and its cache stops answering within its lease. Whatever is not released
 * early waits out its deadline, the lease and 5 ms after the commit, as before. The lease must be the same on every
 * instance: a writer counts with its own, each cache answers on its own.
 * <p>
 * A ping's text: {@code ~<instance>:<number>}, then {@code |w} when it is the first ping after a writer's commit
 * (whoever sees it pings at once, with its acknowledgement), then {@code |} and the acknowledgements, {@code <instance>=<number>} separated by commas.
 * An older version's ping ({@code ~<token>:<number>}) reads as an instance that acknowledges nothing.
 */
public final class Acknowledgements {

    /** What every ping starts with (no announced change does). */
    public static final String PING = "~";
    /** Instances silent this long are forgotten. */
    static final long FORGET = TimeUnit.SECONDS.toNanos(10);
    /** At most this many acknowledgements in a ping (PostgreSQL takes up to 8,000 bytes a notification). */
    static final int MAX_ACKS = 100;

    private final String self;
    private final long window;
    private final LongSupplier nanoTime;
    /** The number of the last ping whose statement may have started. */
    private final AtomicLong lastSent = new AtomicLong();
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder waitedOut = new LongAdder();
    /** The other instances heard from, by name; guarded by this. */
    private final Map<String, Peer> peers = new HashMap<>();
    private long echoed; // guarded by this
    private long connectedAt; // guarded by this
    private boolean connected; // guarded by this
    private int waiting; // guarded by this
    private final AtomicBoolean pingWanted = new AtomicBoolean();
    /** The highest ticket taken. */
    private final AtomicLong asked = new AtomicLong();
    /** The number of the last ping that asked the others to answer at once; guarded by this. */
    private long askedBy;

    private static final class Peer {
        long heardAt;
        /** The highest number of this instance's pings it has acknowledged. */
        long acknowledged;
        /** The highest number of its pings seen here: this instance's acknowledgement of it. */
        long seen;
    }

    /**
     * {@code self}: this instance's name on the channel (no {@code :}, {@code |}, {@code ,} or {@code =}); {@code window}:
     * the lease and the margin for the clocks' rates, nanoseconds of {@code nanoTime}.
     */
    public Acknowledgements(String self, long window, LongSupplier nanoTime) {
        this.self = self;
        this.window = window;
        this.nanoTime = nanoTime;
    }

    /**
     * The feed listens (again), its LISTEN committed: until a window has passed, it may not have heard every answering
     * cache.
     */
    public synchronized void connecting() {
        connected = true;
        connectedAt = nanoTime.getAsLong();
    }

    /** The feed lost its connection: nobody is released early until it is back (and a window has passed). */
    public synchronized void lost() {
        connected = false;
        notifyAll();
    }

    /** The number of the feed's next ping, taken before its statement starts. */
    public long nextPing() {
        return lastSent.incrementAndGet();
    }

    /** Whether a writer waits for a ping, or another instance asked for an acknowledgement, since the last call. */
    public boolean takePingWanted() {
        return pingWanted.getAndSet(false);
    }

    /** The text of ping {@code number}, with this instance's acknowledgements. */
    public synchronized String ping(long number) {
        StringBuilder text = new StringBuilder(64).append(PING).append(self).append(':').append(number);
        if (asked.get() > askedBy) {
            // a ticket no ping has asked for yet: this one asks, once (asking in every ping while writers wait would
            // make two instances whose writers wait ping each other without end)
            askedBy = number;
            text.append("|w");
        }
        text.append('|');
        long now = nanoTime.getAsLong();
        int acks = 0;
        for (Iterator<Map.Entry<String, Peer>> it = peers.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Peer> e = it.next();
            if (now - e.getValue().heardAt > FORGET) {
                it.remove();
            } else if (acks++ < MAX_ACKS) {
                text.append(acks > 1 ? "," : "").append(e.getKey()).append('=').append(e.getValue().seen);
            }
        }
        return text.toString();
    }

    /**
     * A ping seen on the channel, in commit order, after everything committed before it was applied to the cache: this
     * instance's own (its number returned) or another's (recorded; 0 returned).
     */
    public synchronized long seen(String text) {
        String[] parts = text.substring(PING.length()).split("\\|", -1);
        int colon = parts[0].lastIndexOf(':');
        if (colon <= 0) {
            return 0;
        }
        String instance = parts[0].substring(0, colon);
        long number = number(parts[0].substring(colon + 1));
        if (instance.equals(self)) {
            return number;
        }
        Peer peer = peers.computeIfAbsent(instance, i -> new Peer());
        peer.heardAt = nanoTime.getAsLong();
        peer.seen = Math.max(peer.seen, number);
        for (int p = 1; p < parts.length; p++) {
            if (parts[p].equals("w")) {
                pingWanted.set(true);
            } else {
                for (String ack : parts[p].split(",")) {
                    int eq = ack.indexOf('=');
                    if (eq > 0 && ack.substring(0, eq).equals(self)) {
                        peer.acknowledged = Math.max(peer.acknowledged, number(ack.substring(eq + 1)));
                    }
                }
            }
        }
        if (waiting > 0) {
            notifyAll();
        }
        return 0;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0; // not a ping of this protocol: acknowledges nothing
        }
    }

    /** This instance's own ping {@code number} came back: everything committed before it is applied here. */
    public synchronized void echoed(long number) {
        echoed = Math.max(echoed, number);
        if (waiting > 0) {
            notifyAll();
        }
    }

    /** After a commit: the first ping sent from now on, which {@link #await} waits for. */
    public long ticket() {
        long ticket = lastSent.get() + 1;
        asked.accumulateAndGet(ticket, Math::max);
        pingWanted.set(true); // after the number is read: the ping the feed sends for it has at least that number
        return ticket;
    }

    /**
     * Waits until {@code ticket} is {@link #released}, or until {@code deadline} ({@code nanoTime}); true when released
     * (false: the caller waited out its deadline).
     */
    public synchronized boolean await(long ticket, long deadline) throws InterruptedException {
        waiting++;
        try {
            while (true) {
                long now = nanoTime.getAsLong();
                if (released(ticket, now)) {
                    acknowledged.increment();
                    return true;
                }
                if (deadline - now <= 0) {
                    waitedOut.increment();
                    return false;
                }
                long left = Math.min(deadline - now, untilNextExpiry(now));
                TimeUnit.NANOSECONDS.timedWait(this, Math.max(left, 1));
            }
        } finally {
            waiting--;
        }
    }

    /** Every answering cache has applied what committed before the ticket was taken. */
    synchronized boolean released(long ticket, long now) {
        if (!connected || echoed < ticket || now - connectedAt <= window) {
            return false;
        }
        for (Peer peer : peers.values()) {
            if (peer.acknowledged < ticket && now - peer.heardAt <= window) {
                return false;
            }
        }
        return true;
    }

    /** How long until an instance heard from has been silent for a window, or the connection has lasted one. */
    private long untilNextExpiry(long now) {
        long next = window;
        if (connected && now - connectedAt <= window) {
            next = connectedAt + window + 1 - now;
        }
        for (Peer peer : peers.values()) {
            long silentIn = peer.heardAt + window + 1 - now;
            if (silentIn > 0 && silentIn < next) {
                next = silentIn;
            }
        }
        return next;
    }

    /** Writers released once every cache acknowledged their change, and writers that waited their whole deadline. */
    public Counters counters() {
        return new Counters(acknowledged.sum(), waitedOut.sum());
    }

    public record Counters(long acknowledged, long waitedOut) {
    }
}
