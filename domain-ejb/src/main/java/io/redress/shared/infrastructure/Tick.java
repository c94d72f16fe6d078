package io.redress.shared.infrastructure;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of a periodic sweep: never two at once on an instance (a slow run makes the next tick a no-op),
 * a summary logged when the run did something, and a failure logged for the next tick to retry.
 */
public final class Tick {

    private final AtomicBoolean running = new AtomicBoolean();
    private final Logger log;
    private final String what;

    public Tick(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    /** @param work returns a summary of what it did, or null when there was nothing to do */
    public void run(Supplier<String> work) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            String summary = work.get();
            if (summary != null) {
                log.info(() -> what + ": " + summary);
            }
        } catch (RuntimeException e) {
            log.log(Level.WARNING, what + " failed; the next tick retries", e);
        } finally {
            running.set(false);
        }
    }
}
