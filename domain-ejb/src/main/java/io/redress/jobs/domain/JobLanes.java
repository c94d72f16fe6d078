package io.redress.jobs.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A chunk's items cut into lanes, each applied in a transaction of its own at the same time as the others: the database
 * then writes a chunk on more than one core. Lanes are contiguous runs of the chunk, the first holding its earliest
 * items, so that the job's cursor (where a new execution starts after a crash) is moved by the first lane alone and
 * never past an item whose lane may not have committed. A lane has at least {@link #MIN_ITEMS} items: a chunk of
 * fewer stays whole. Kept low, so that a job of a few hundred items (chunks of 10) runs in lanes as a large one does.
 */
public final class JobLanes {

    public static final int MIN_ITEMS = 5;
    /** More lanes than this only queue for the database's cores and its row locks. */
    public static final int MAX = 8;

    private JobLanes() {
    }

    /**
     * {@code items} as contiguous runs of one phase each, in order: a chunk's lanes are cut within a run, never across
     * two, and a run begins once the one before it has committed.
     */
    public static <T> List<List<T>> phases(List<T> items, ToIntFunction<T> phase) {
        List<List<T>> runs = new ArrayList<>();
        int current = 0;
        for (T item : items) {
            int p = phase.applyAsInt(item);
            if (runs.isEmpty() || p != current) {
                runs.add(new ArrayList<>());
                current = p;
            }
            runs.get(runs.size() - 1).add(item);
        }
        return runs;
    }

    /** {@code items} in at most {@code lanes} contiguous runs of about equal size, in order; none empty. */
    public static <T> List<List<T>> split(List<T> items, int lanes) {
        int n = Math.max(1, Math.min(Math.min(lanes, MAX), items.size() / MIN_ITEMS));
        List<List<T>> runs = new ArrayList<>(n);
        int from = 0;
        for (int lane = 0; lane < n; lane++) {
            int to = from + (items.size() - from) / (n - lane);
            runs.add(items.subList(from, to));
            from = to;
        }
        return runs;
    }
}
