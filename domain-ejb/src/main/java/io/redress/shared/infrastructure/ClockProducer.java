package io.redress.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application, UTC; policies take a Clock so tests can control time. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        // microseconds: what PostgreSQL stores, so a value read back equals the one written
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1000));
    }
}
