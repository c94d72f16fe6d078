package io.redress.screening.infrastructure;

import java.util.Arrays;

/**
 * A PostgreSQL snapshot as {@code txid_current_snapshot()} prints it ({@code xmin:xmax:xip,...}): which transactions
 * had committed for a reader of that snapshot. The graph loaded under it holds exactly their transfers, so an
 * announcement of one of them is already in it.
 */
record TxSnapshot(long xmin, long xmax, long[] inProgress) {

    static final TxSnapshot NONE = new TxSnapshot(0, 0, new long[0]);

    static TxSnapshot parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a snapshot: " + text);
        }
        long[] xip = parts[2].isEmpty() ? new long[0] : Arrays.stream(parts[2].split(",")).mapToLong(Long::parseLong).sorted().toArray();
        return new TxSnapshot(Long.parseLong(parts[0]), Long.parseLong(parts[1]), xip);
    }

    /** True when transaction {@code tx} had committed (or aborted) before the snapshot was taken. */
    boolean sees(long tx) {
        return tx < xmin || (tx < xmax && Arrays.binarySearch(inProgress, tx) < 0);
    }
}
