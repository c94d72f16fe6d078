package io.redress.jobs.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a chunk's later lanes run on (the first runs on the batch runtime's own): the container's threads, made
 * as needed and ended after a minute idle. Not the default managed executor, whose queue is served by as few threads as
 * the server's configuration says; two jobs' lanes must not wait in line for one another.
 */
@ApplicationScoped
public class JobLaneThreads {

    @Resource
    ManagedThreadFactory threads;

    private ExecutorService pool;

    /** {@code lane} on a thread of its own (one made, or one idle), answered when it ends. */
    public synchronized <T> Future<T> submit(Callable<T> lane) {
        if (pool == null) {
            AtomicInteger made = new AtomicInteger();
            ThreadFactory named = task -> {
                Thread t = threads.newThread(task);
                t.setName("redress-job-lane-" + made.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            pool = Executors.newCachedThreadPool(named);
        }
        return pool.submit(lane);
    }

    @PreDestroy
    synchronized void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
