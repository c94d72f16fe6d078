package io.redress.audit.domain;

/**
 * Where the chain timer's next read of the queue of entries waiting for the chain starts. Read from its head, the
 * queue is walked past every entry removed since the last vacuum: a bulk job queues and links hundreds of thousands in a
 * minute, and the head read grew from 3 to 16 ms as four such jobs followed each other (bench/keys-benchmark.sh,
 * 1,000,000 keys, 6 December 2026). So the timer reads past the last entry it found, and from the head only every
 * {@code headEvery}-th run: an entry that took its number before others and committed after them (another lane's,
 * another instance's) is found then, a few runs late, never lost. A reader that needs everything committed before it
 * began reads from the head (the chainer's catch-up), whatever this says. One per timer, used by one thread at a time.
 */
public final class QueueReads {

    /** From the queue's head: every waiting entry, whatever its number (read as {@code entry_id > HEAD}). */
    public static final long HEAD = Long.MIN_VALUE;

    private final int headEvery;
    private long lastFound = HEAD;
    private int runs;

    public QueueReads(int headEvery) {
        if (headEvery < 1) {
            throw new IllegalArgumentException("headEvery must be at least 1: " + headEvery);
        }
        this.headEvery = headEvery;
    }

    /** The entry number the next run reads after: {@link #HEAD} every {@code headEvery}-th run, else the last found. */
    public long next() {
        return runs++ % headEvery == 0 ? HEAD : lastFound;
    }

    /** What a run found: the highest entry number it read from the queue ({@link #HEAD} when it found none). */
    public void found(long highest) {
        lastFound = Math.max(lastFound, highest);
    }
}
