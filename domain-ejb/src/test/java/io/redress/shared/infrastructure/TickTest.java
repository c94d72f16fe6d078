package io.redress.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class TickTest {

    private final Tick tick = new Tick(Logger.getLogger(TickTest.class.getName()), "test sweep");

    @Test
    void aFailedRunIsLoggedNotThrownAndTheNextRunHappens() {
        AtomicInteger runs = new AtomicInteger();
        tick.run(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("database away");
        });
        tick.run(() -> String.valueOf(runs.incrementAndGet()));
        assertEquals(2, runs.get());
    }

    @Test
    void aTickDuringARunDoesNothing() {
        AtomicInteger runs = new AtomicInteger();
        tick.run(() -> {
            runs.incrementAndGet();
            tick.run(() -> String.valueOf(runs.incrementAndGet()));
            return null;
        });
        assertEquals(1, runs.get());
    }
}
