package io.redress.jobs.api;

import java.util.List;

/**
 * The work of one kind of job, implemented by the context that owns it (a CDI bean: the job finds it by
 * {@link #kind()}). The job pages through {@link #next} and calls {@link #apply} once per item, in a transaction that
 * also writes the item's done-marker: an item is never applied twice, whatever restarts, crashes or checkpoints say.
 * Every method runs in a transaction and may call the owning context's services.
 */
public interface JobWork {

    /** The kind this work runs ({@code incident.bulk-action}); unique. */
    String kind();

    /** How many items the job will deal with, counted when it is submitted (the progress bar's 100 %). */
    long count(JobRun run);

    /** At most {@code max} items after {@code cursor} (null: from the start), in a stable order; empty when done. */
    List<JobItem> next(JobRun run, String cursor, int max);

    /**
     * Applies one item, in the transaction of its done-marker; returns a short note of what it did. A refusal
     * ({@code RedressException}) rolls the item back and records it FAILED; the job goes on.
     */
    String apply(JobRun run, JobItem item);

    /** Called once, in the transaction that marks the job COMPLETED. */
    default void completed(JobRun run) {
    }
}
