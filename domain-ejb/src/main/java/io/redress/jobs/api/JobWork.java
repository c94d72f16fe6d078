package io.redress.jobs.api;

import java.util.List;

/**
 * The work of one kind of job, implemented by the context that owns it (a CDI bean: the job finds it by
 * {@link #kind()}). The job pages through {@link #next} and calls {@link #apply} once per item, in a transaction that
 * also writes the item's done-marker; a {@link #chunked} work gets {@link #applyAll} once per chunk of items instead,
 * in one transaction with their markers (and, when a chunk is refused, {@link #apply} once per item): an item is never
 * applied twice, whatever restarts, crashes or checkpoints say.
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

    /**
     * Whether the job applies this work a chunk at a time ({@link #applyAll}, one transaction per chunk of up to 500
     * items) rather than an item at a time ({@link #apply}, each in a transaction of its own, 10 items a chunk).
     */
    default boolean chunked() {
        return false;
    }

    /**
     * Whether this item of a {@link #chunked} work goes into its chunk's one transaction; the others are applied each
     * in a transaction of its own, after the chunk's. A work whose items are cheap together (one statement for many
     * rows) but dear in a large transaction (many entities, each read after the others were written) keeps the latter
     * out. By default: every item.
     */
    default boolean together(JobItem item) {
        return true;
    }

    /**
     * The phase of an item of a {@link #chunked} work: within a chunk, the items of a later phase are applied only once
     * those of an earlier one have committed (a chunk's lanes never mix phases). The incidents' accounts (their letters
     * say the keys are revoked) come after their keys. By default: one phase.
     */
    default int phase(JobItem item) {
        return 0;
    }

    /**
     * How many lanes (transactions at once, see the jobs context) a chunk's items of this {@link #phase} may be applied in,
     * given the most the deployment allows ({@code most}, at least 1). A phase whose transactions all end on one row's
     * lock, held to their commits, gains nothing from more lanes than two: the others queue there. By default:
     * {@code most}.
     */
    default int lanes(int phase, int most) {
        return most;
    }

    /**
     * Applies a chunk of items at once (only when {@link #chunked}), in one transaction with their done-markers; returns each item's note by its
     * key. Works that can, do it set-based (one statement for many rows). A refusal of any item
     * ({@code RedressException}) rolls the whole chunk back, and the job then applies its items one by one through
     * {@link #apply}, so a refused item never undoes the others. By default: {@link #apply} for each item.
     */
    default java.util.Map<String, String> applyAll(JobRun run, List<JobItem> items) {
        java.util.Map<String, String> notes = new java.util.LinkedHashMap<>();
        for (JobItem item : items) {
            notes.put(item.key(), apply(run, item));
        }
        return notes;
    }

    /** Called once, in the transaction that marks the job COMPLETED. */
    default void completed(JobRun run) {
    }
}
