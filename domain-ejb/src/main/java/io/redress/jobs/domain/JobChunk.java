package io.redress.jobs.domain;

/**
 * How many items a job deals with per chunk (one transaction, one checkpoint, one step of the progress bar): about a
 * fortieth of the job, so the bar moves in even steps, at least {@link #MIN} and at most {@link #MAX} (a chunk of
 * keys is a few statements whatever its size; a chunk of accounts holds its rows' locks until it commits).
 */
public final class JobChunk {

    public static final int MIN = 10;
    public static final int MAX = 500;
    /** The chunks a job is cut into, at least, while they stay within MIN and MAX. */
    static final int STEPS = 40;

    private JobChunk() {
    }

    public static int size(long total) {
        return (int) Math.max(MIN, Math.min(MAX, total / STEPS));
    }
}
