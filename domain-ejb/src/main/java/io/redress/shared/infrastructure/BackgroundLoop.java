package io.redress.shared.infrastructure;

import jakarta.enterprise.concurrent.ManagedThreadFactory;

/**
 * One daemon thread of the container's, running a loop for as long as the application does: each feed that follows
 * PostgreSQL's announcements, and the database probe, holds one. Their loops go on while {@link #running}; the
 * bean's {@code @PreDestroy} calls {@link #stop}, which interrupts a wait; {@link #pause} waits between tries and
 * ends the loop if it is interrupted.
 */
public final class BackgroundLoop {

    private final String name;
    private volatile boolean running;
    private Thread thread;

    public BackgroundLoop(String name) {
        this.name = name;
    }

    public synchronized void start(ManagedThreadFactory threads, Runnable loop) {
        running = true;
        thread = threads.newThread(loop);
        thread.setName(name);
        thread.setDaemon(true);
        thread.start();
    }

    public boolean running() {
        return running;
    }

    /** Ends the loop; false when it never started. */
    public synchronized boolean stop() {
        running = false;
        if (thread == null) {
            return false;
        }
        thread.interrupt();
        return true;
    }

    public void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
