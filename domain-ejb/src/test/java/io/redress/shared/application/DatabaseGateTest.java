package io.redress.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.Unavailable;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DatabaseGateTest {

    private final long[] now = {TimeUnit.SECONDS.toNanos(100)};
    private final DatabaseGate gate = new DatabaseGate(() -> now[0], Clock.systemUTC());

    private void after(long millis) {
        now[0] += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void withoutAProbeTheGateIsAlwaysOpen() {
        after(60_000);
        assertTrue(gate.open());
        gate.requireOpen();
    }

    @Test
    void aFailedProbeClosesTheGateAtOnceAndTheNextAnswerOpensIt() {
        gate.watch();
        gate.failed("PSQLException: Connection to 127.0.0.1:55432 refused");
        assertFalse(gate.open());
        assertEquals("PSQLException: Connection to 127.0.0.1:55432 refused", gate.state().reason());
        Unavailable refused = assertThrows(Unavailable.class, gate::requireOpen);
        assertEquals(Unavailable.Outcome.NOT_ATTEMPTED, refused.outcome());
        after(5000);
        gate.answered(now[0]);
        assertTrue(gate.open());
    }

    @Test
    void aGateHeldClosedByHandStaysClosedWhileTheProbeAnswersUntilReleased() {
        gate.watch();
        gate.hold("planned database maintenance");
        for (int i = 0; i < 5; i++) {
            after(200);
            gate.asking(now[0]);
            gate.answered(now[0]);
            assertFalse(gate.open(), "an answer does not open a held gate");
        }
        assertEquals("planned database maintenance", gate.state().reason());
        assertThrows(Unavailable.class, gate::requireOpen);
        gate.release();
        assertTrue(gate.open());
    }

    @Test
    void aHeldGateIsClosedWithoutAProbeToo() {
        gate.hold("drill");
        assertFalse(gate.open());
        gate.release();
        assertTrue(gate.open());
    }

    @Test
    void aProbeWaitingLongerThanTheSilenceLeaseClosesTheGate() {
        gate.watch();
        after(200);
        gate.asking(now[0]);
        after(TimeUnit.NANOSECONDS.toMillis(DatabaseGate.SILENCE));
        assertTrue(gate.open(), "waiting exactly one lease");
        after(1);
        assertFalse(gate.open());
        assertTrue(gate.state().reason().startsWith("no answer from the database for 1001 ms"), gate.state().reason());
        gate.answered(now[0]);
        assertTrue(gate.open());
    }

    @Test
    void aProbeThreadTheMachineDidNotScheduleClosesNothing() {
        gate.watch();
        gate.asking(now[0]);
        after(3);
        gate.answered(now[0] - TimeUnit.MILLISECONDS.toNanos(3));
        after(5000); // the probe thread did not run for 5 s: no question was waiting, the database is not to blame
        assertTrue(gate.open());
    }

    @Test
    void aSlowAnswerClosesTheGateWhileAwaitedAndOpensItWhenItComes() {
        gate.watch();
        long sent = now[0];
        gate.asking(sent);
        after(1500);
        assertFalse(gate.open(), "1.5 s without the answer");
        gate.answered(sent);
        assertTrue(gate.open(), "the database answers again, if slowly");
    }

    @Test
    void connectionFailuresAreTheDatabaseAwayOtherFailuresAreNot() {
        assertTrue(gate.explains(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(gate.explains(new IllegalStateException("x", new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(gate.explains(new RuntimeException(new ConnectException("Connection refused"))));
        assertFalse(gate.explains(new SQLException("duplicate key", "23505")));
        assertFalse(gate.explains(new IllegalArgumentException("a bug")));
        gate.watch();
        gate.failed("down");
        assertTrue(gate.explains(new IllegalArgumentException("anything, while the database is known to be away")));
    }
}
