package io.redress.screening.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The transfers between addresses, in memory, kept as parallel arrays (no object per transfer): per transfer its
 * sender, receiver, asset, amount and the id of its stored row, chained per receiver so that the transfers into an
 * address are walked without a search; per address its name and the categories of the lists it is on (bits). Exposure
 * walks backwards, from a deposit's sender to where its funds came from.
 * <p>
 * Thread-safe: transfers and flags are added under a write lock (arrays grow by half when full), traces read under a
 * read lock.
 */
public final class TransactionGraph {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> nodeIds = new HashMap<>();
    private final Map<String, Integer> assetIds = new HashMap<>();
    private String[] names = new String[1024];
    private int[] firstIn = new int[1024];
    private short[] flags = new short[1024];
    private int nodes;

    private int[] from = new int[4096];
    private int[] nextIn = new int[4096];
    private byte[] asset = new byte[4096];
    private double[] amount = new double[4096];
    private long[] ref = new long[4096];
    private int edges;

    {
        Arrays.fill(firstIn, -1);
    }

    /** Adds one transfer (an output of a transaction): {@code ref} is its stored row's id, given back as evidence. */
    public void add(long rowId, String assetCode, String sender, String receiver, double value) {
        lock.writeLock().lock();
        try {
            int s = intern(sender);
            int r = intern(receiver);
            int a = assetIds.computeIfAbsent(assetCode, x -> {
                if (assetIds.size() >= 127) {
                    throw new IllegalStateException("more than 127 assets in the graph");
                }
                return assetIds.size();
            });
            if (edges == from.length) {
                int size = edges + (edges >> 1);
                from = Arrays.copyOf(from, size);
                nextIn = Arrays.copyOf(nextIn, size);
                asset = Arrays.copyOf(asset, size);
                amount = Arrays.copyOf(amount, size);
                ref = Arrays.copyOf(ref, size);
            }
            from[edges] = s;
            asset[edges] = (byte) a;
            amount[edges] = value;
            ref[edges] = rowId;
            nextIn[edges] = firstIn[r];
            firstIn[r] = edges;
            edges++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Sets the categories an address is listed under now (0: none). */
    public void flag(String address, int categories) {
        lock.writeLock().lock();
        try {
            Integer id = nodeIds.get(address);
            if (id == null && categories == 0) {
                return;
            }
            // the index first: interning a new address may grow the flags array, and Java reads the array before the index
            int node = id == null ? intern(address) : id;
            flags[node] = (short) categories;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int flagsOf(String address) {
        lock.readLock().lock();
        try {
            Integer id = nodeIds.get(address);
            return id == null ? 0 : flags[id];
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a reading function on a consistent view (no transfer is added while it runs). */
    public <T> T read(Function<View, T> reading) {
        lock.readLock().lock();
        try {
            return reading.apply(new View());
        } finally {
            lock.readLock().unlock();
        }
    }

    public int addresses() {
        lock.readLock().lock();
        try {
            return nodes;
        } finally {
            lock.readLock().unlock();
        }
    }

    public int transfers() {
        lock.readLock().lock();
        try {
            return edges;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Bytes held by the arrays (names and the address index excluded). */
    public long arrayBytes() {
        lock.readLock().lock();
        try {
            return (long) from.length * (4 + 4 + 1 + 8 + 8) + (long) names.length * (8 + 4 + 2);
        } finally {
            lock.readLock().unlock();
        }
    }

    private int intern(String address) {
        Integer id = nodeIds.get(address);
        if (id != null) {
            return id;
        }
        if (nodes == names.length) {
            int size = nodes + (nodes >> 1);
            names = Arrays.copyOf(names, size);
            flags = Arrays.copyOf(flags, size);
            int old = firstIn.length;
            firstIn = Arrays.copyOf(firstIn, size);
            Arrays.fill(firstIn, old, size, -1);
        }
        names[nodes] = address;
        nodeIds.put(address, nodes);
        return nodes++;
    }

    /** What a trace reads, valid only inside {@link #read}. */
    public final class View {

        private View() {
        }

        /** The address's node, or -1. */
        public int node(String address) {
            Integer id = nodeIds.get(address);
            return id == null ? -1 : id;
        }

        /** The asset's index, or -1 when no transfer of it is known. */
        public int asset(String code) {
            Integer id = assetIds.get(code);
            return id == null ? -1 : id;
        }

        public String name(int node) {
            return names[node];
        }

        public int flags(int node) {
            return flags[node];
        }

        /** The first transfer into the node, or -1. */
        public int firstIn(int node) {
            return firstIn[node];
        }

        /** The next transfer into the same node, or -1. */
        public int nextIn(int transfer) {
            return nextIn[transfer];
        }

        public int from(int transfer) {
            return from[transfer];
        }

        public int assetOf(int transfer) {
            return asset[transfer];
        }

        public double amount(int transfer) {
            return amount[transfer];
        }

        public long rowId(int transfer) {
            return ref[transfer];
        }
    }
}
