package io.redress.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A writer is released early only once its own instance's echo and every other instance heard from within the window
 * say they have applied what committed before its ticket; otherwise it waits out its deadline.
 */
class AcknowledgementsTest {

    private static final long WINDOW = TimeUnit.MILLISECONDS.toNanos(205);
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private Acknowledgements instance(String name) {
        return new Acknowledgements(name, WINDOW, clock::get);
    }

    private void later(long millis) {
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** A connected feed, a window after it began listening. */
    private Acknowledgements listening(String name) {
        Acknowledgements a = instance(name);
        a.connecting();
        later(300);
        return a;
    }

    /** {@code from} sends its next ping and {@code to} sees it; the ping's number. */
    private static long pingSeen(Acknowledgements from, Acknowledgements to) {
        long n = from.nextPing();
        to.seen(from.ping(n));
        return n;
    }

    @Test
    void aloneAWriterIsReleasedByItsOwnEchoOfTheFirstPingSentAfterIt() {
        Acknowledgements a = listening("a");
        long before = a.nextPing(); // in flight while the writer commits: sent before it
        long ticket = a.ticket();
        assertTrue(ticket > before);
        a.echoed(before);
        assertFalse(a.released(ticket, clock.get()), "a ping sent before the commit says nothing of it");
        long next = a.nextPing();
        assertEquals(ticket, a.seen(a.ping(next)), "its own ping comes back as its number");
        a.echoed(next);
        assertTrue(a.released(ticket, clock.get()));
    }

    @Test
    void nobodyIsReleasedEarlyForAWindowAfterTheFeedBeganListeningNorWhileItIsLost() {
        Acknowledgements a = instance("a");
        a.connecting();
        long ticket = a.ticket();
        a.echoed(a.nextPing());
        assertFalse(a.released(ticket, clock.get()), "a cache it has not heard may still answer on a ping from before");
        later(206);
        assertTrue(a.released(ticket, clock.get()));
        a.lost();
        assertFalse(a.released(ticket, clock.get()));
        a.connecting();
        later(100);
        assertFalse(a.released(ticket, clock.get()), "listening again: a window again");
    }

    @Test
    void everyOtherInstanceHeardFromMustAcknowledgeTheTicketsPing() {
        Acknowledgements a = listening("a");
        Acknowledgements b = listening("b");
        pingSeen(b, a); // a has heard from b
        long ticket = a.ticket();
        long mine = a.nextPing();
        a.echoed(mine);
        assertFalse(a.released(ticket, clock.get()), "b has not seen the ping yet");

        pingSeen(b, a); // b's ping, sent before it saw a's: acknowledges nothing of it
        assertFalse(a.released(ticket, clock.get()));
        b.seen(a.ping(mine));
        assertTrue(b.ping(b.nextPing()).contains("a=" + mine), "b acknowledges the highest ping of a it has seen");
        pingSeen(b, a);
        assertTrue(a.released(ticket, clock.get()));
    }

    @Test
    void anAcknowledgementOfAnEarlierPingOrAddressedToAnotherInstanceDoesNotCount() {
        Acknowledgements a = listening("a");
        pingSeen(listening("b"), a);
        long earlier = a.nextPing();
        a.echoed(earlier);
        long ticket = a.ticket();
        long mine = a.nextPing();
        a.echoed(mine);
        a.seen("~b:7|a=" + earlier + ",c=" + mine);
        assertFalse(a.released(ticket, clock.get()), "b saw a ping from before the commit; c's number is not a's");
        a.seen("~b:8|w|c=1,a=" + mine);
        assertTrue(a.released(ticket, clock.get()));
    }

    @Test
    void withTwoOtherInstancesBothMustAcknowledge() {
        Acknowledgements a = listening("a");
        Acknowledgements b = listening("b");
        Acknowledgements c = listening("c");
        pingSeen(b, a);
        pingSeen(c, a);
        long ticket = a.ticket();
        long mine = a.nextPing();
        a.echoed(mine);
        String ping = a.ping(mine);
        b.seen(ping);
        c.seen(ping);
        pingSeen(b, a);
        assertFalse(a.released(ticket, clock.get()), "c has not said so yet");
        pingSeen(c, a);
        assertTrue(a.released(ticket, clock.get()));
    }

    @Test
    void aLostFeedWakesItsWaitingWritersWhoThenWaitOutTheirDeadline() throws Exception {
        Acknowledgements a = new Acknowledgements("a", TimeUnit.MILLISECONDS.toNanos(20), System::nanoTime);
        a.connecting();
        Thread.sleep(25);
        long ticket = a.ticket();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
        CompletableFuture<Boolean> writer = CompletableFuture.supplyAsync(() -> {
            try {
                return a.await(ticket, deadline);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        a.lost();
        a.echoed(ticket); // an echo read before the connection failed, applied late: says nothing once the feed is lost
        assertFalse(writer.get(5, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - deadline >= 0, "released at its deadline, not before");
    }

    @Test
    void anInstanceSilentForAWindowNoLongerHoldsWritersButOneHeardJustNowDoes() {
        Acknowledgements a = listening("a");
        Acknowledgements b = listening("b");
        pingSeen(b, a);
        long ticket = a.ticket();
        a.echoed(a.nextPing());
        later(200);
        assertFalse(a.released(ticket, clock.get()), "b may still answer on its last confirmation");
        later(6);
        assertTrue(a.released(ticket, clock.get()), "b has been silent longer than its lease: its cache no longer answers");
        pingSeen(b, a);
        assertFalse(a.released(ticket, clock.get()), "b speaks again, and has not acknowledged");
    }

    @Test
    void anOlderVersionsPingIsAnInstanceThatNeverAcknowledges() {
        Acknowledgements a = listening("a");
        a.seen("~3f2a9c1e-0000-4000-8000-000000000000:17");
        long ticket = a.ticket();
        a.echoed(a.nextPing());
        assertFalse(a.released(ticket, clock.get()));
        a.seen("~3f2a9c1e-0000-4000-8000-000000000000:18");
        assertFalse(a.released(ticket, clock.get()));
        later(206);
        assertTrue(a.released(ticket, clock.get()));
    }

    @Test
    void aWaitingWriterAsksForAPingAndItsPingAsksTheOthersForTheirs() throws Exception {
        Acknowledgements a = new Acknowledgements("a", WINDOW, System::nanoTime);
        Acknowledgements b = listening("b");
        assertFalse(a.takePingWanted());
        a.connecting();
        long ticket = a.ticket();
        assertTrue(a.takePingWanted(), "the feed pings at once");
        assertFalse(a.takePingWanted());
        CompletableFuture<Boolean> writer = CompletableFuture.supplyAsync(() -> {
            try {
                return a.await(ticket, System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        String ping = a.ping(ticket);
        assertTrue(ping.contains("|w|"), "the first ping after a writer's commit asks the others to answer at once: " + ping);
        b.seen(ping);
        assertTrue(b.takePingWanted(), "another instance's writer waits: b pings at once, with its acknowledgement");
        assertFalse(writer.isDone());
        a.echoed(ticket);
        a.seen(b.ping(b.nextPing()));
        assertTrue(writer.get(5, TimeUnit.SECONDS), "released a window after a began listening, before its deadline");
        assertEquals(new Acknowledgements.Counters(1, 0), a.counters());
    }

    @Test
    void onlyTheFirstPingAfterATicketAsksTheOthersToAnswerAtOnce() {
        Acknowledgements a = listening("a");
        assertFalse(a.ping(a.nextPing()).contains("|w"), "nobody waits");
        a.ticket();
        assertTrue(a.ping(a.nextPing()).contains("|w|"));
        assertFalse(a.ping(a.nextPing()).contains("|w"), "asked once: two instances whose writers wait do not ping each"
                + " other without end");
        a.ticket();
        assertTrue(a.ping(a.nextPing()).contains("|w|"), "a later writer's ticket asks again");
    }

    @Test
    void aWriterNobodyAcknowledgesWaitsOutItsDeadline() throws InterruptedException {
        Acknowledgements a = new Acknowledgements("a", WINDOW, System::nanoTime);
        a.connecting();
        long began = System.nanoTime();
        assertFalse(a.await(a.ticket(), began + TimeUnit.MILLISECONDS.toNanos(60)));
        assertTrue(System.nanoTime() - began >= TimeUnit.MILLISECONDS.toNanos(60));
        assertEquals(new Acknowledgements.Counters(0, 1), a.counters());
    }
}
