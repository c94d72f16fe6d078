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
 * After {@link #compact()}, each address also has a summary of its transfers in: how many there are and, per asset,
 * their total. A trace's last hop needs no more than that from an address none of whose senders is listed, so it reads
 * the summary instead of the transfers. A transfer added later into an address drops the address's summary (its
 * transfers are read again); a bit per address says whether one of its senders is listed, kept when transfers are
 * added and recomputed when listings change.
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
    /** One bit per address: listed under any category (a trace asks this of every sender it meets; 1 MB of bits per 8M addresses stays in cache). */
    private long[] listed = new long[1024 / 64];
    /** One bit per address: one of the transfers into it comes from a listed address (its summary is then not enough). */
    private long[] listedSender = new long[1024 / 64];
    /**
     * Per address, where its summary starts in {@link #sums} (shifted left by 3) and how many assets it has (the low 3
     * bits), or -1: no summary (never compacted, a transfer added since, no transfer in, or more than 4 assets).
     */
    private int[] summaryAt = new int[1024];
    /**
     * The summaries: per address a header (the number of its transfers in, all assets, in the low 32 bits; its assets,
     * 7 bits each, above), then per asset the bits of the total of its transfers of that asset, summed in the order a
     * trace reads them (so the same double as the trace's own sum).
     */
    private long[] sums = new long[0];
    private int nodes;

    private int[] from = new int[4096];
    private int[] nextIn = new int[4096];
    private byte[] asset = new byte[4096];
    private double[] amount = new double[4096];
    private long[] ref = new long[4096];
    private int edges;

    {
        Arrays.fill(firstIn, -1);
        Arrays.fill(summaryAt, -1);
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
            summaryAt[r] = -1;
            if (isListed(s)) {
                listedSender[r >>> 6] |= 1L << r;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Lays the transfers out again so that the transfers into each address are next to each other in memory, in the
     * order they are walked (newest first, as before): a trace then reads an address's transfers from a few cache lines
     * instead of one line per transfer spread over hundreds of megabytes. Called after the bulk load at start;
     * transfers added later are chained in front of the compacted ones as usual. A transfer's position changes, not its
     * row id nor any answer.
     */
    public void compact() {
        lock.writeLock().lock();
        try {
            int[] order = new int[edges]; // new position -> old position
            int[] first = new int[firstIn.length];
            Arrays.fill(first, -1);
            int at = 0;
            for (int node = 0; node < nodes; node++) {
                if (firstIn[node] >= 0) {
                    first[node] = at;
                }
                for (int e = firstIn[node]; e >= 0; e = nextIn[e]) {
                    order[at++] = e;
                }
            }
            if (at != edges) {
                throw new IllegalStateException(edges + " transfers but " + at + " chained to an address");
            }
            // one array at a time, so that the copy never holds more than one array twice
            int[] nextFrom = new int[from.length];
            for (int i = 0; i < edges; i++) {
                nextFrom[i] = from[order[i]];
            }
            from = nextFrom;
            byte[] nextAsset = new byte[asset.length];
            for (int i = 0; i < edges; i++) {
                nextAsset[i] = asset[order[i]];
            }
            asset = nextAsset;
            double[] nextAmount = new double[amount.length];
            for (int i = 0; i < edges; i++) {
                nextAmount[i] = amount[order[i]];
            }
            amount = nextAmount;
            long[] nextRef = new long[ref.length];
            for (int i = 0; i < edges; i++) {
                nextRef[i] = ref[order[i]];
            }
            ref = nextRef;
            int[] chain = new int[nextIn.length];
            for (int node = 0; node < nodes; node++) {
                for (int e = first[node]; e >= 0; e = chain[e]) {
                    boolean lastOfNode = e + 1 == edges || nextIn[order[e]] < 0;
                    chain[e] = lastOfNode ? -1 : e + 1;
                }
            }
            nextIn = chain;
            firstIn = first;
            summarize();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Sets the categories an address is listed under now (0: none). */
    public void flag(String address, int categories) {
        flag(Map.of(address, categories));
    }

    /**
     * Sets the categories each address is listed under now (0: none); then, when an address was listed or delisted,
     * which addresses have a listed sender is worked out again (one pass over the transfers, whatever the number of
     * addresses).
     */
    public void flag(Map<String, Integer> categoriesByAddress) {
        lock.writeLock().lock();
        try {
            boolean changed = false;
            for (Map.Entry<String, Integer> listing : categoriesByAddress.entrySet()) {
                int categories = listing.getValue();
                Integer id = nodeIds.get(listing.getKey());
                if (id == null && categories == 0) {
                    continue;
                }
                // the index first: interning a new address may grow the flags array, and Java reads the array before the index
                int node = id == null ? intern(listing.getKey()) : id;
                changed |= isListed(node) != (categories != 0);
                flags[node] = (short) categories;
                if (categories != 0) {
                    listed[node >>> 6] |= 1L << node;
                } else {
                    listed[node >>> 6] &= ~(1L << node);
                }
            }
            if (changed) {
                findListedSenders();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private boolean isListed(int node) {
        return (listed[node >>> 6] & (1L << node)) != 0;
    }

    /** Sets the bit of every address with a transfer in from a listed address, and only theirs. */
    private void findListedSenders() {
        long[] bits = new long[listedSender.length];
        for (int node = 0; node < nodes; node++) {
            for (int e = firstIn[node]; e >= 0; e = nextIn[e]) {
                if (isListed(from[e])) {
                    bits[node >>> 6] |= 1L << node;
                    break;
                }
            }
        }
        listedSender = bits;
    }

    /** Writes every address's summary (after the transfers were laid out again, when nothing is added). */
    private void summarize() {
        int[] at = new int[summaryAt.length];
        Arrays.fill(at, -1);
        long[] out = new long[nodes + 2 * nodes];
        int used = 0;
        int[] assets = new int[4];
        double[] totals = new double[4];
        for (int node = 0; node < nodes; node++) {
            if (firstIn[node] < 0) {
                continue;
            }
            int kinds = 0;
            int count = 0;
            boolean fits = true;
            for (int e = firstIn[node]; e >= 0; e = nextIn[e]) {
                count++;
                int a = asset[e];
                int j = 0;
                while (j < kinds && assets[j] != a) {
                    j++;
                }
                if (j == kinds) {
                    if (kinds == assets.length) {
                        fits = false;
                        break;
                    }
                    assets[kinds] = a;
                    totals[kinds++] = 0;
                }
                totals[j] += amount[e];
            }
            if (!fits || used + 1 + kinds > (Integer.MAX_VALUE >>> 3)) {
                continue;
            }
            if (used + 1 + kinds > out.length) {
                out = Arrays.copyOf(out, Math.max(used + 1 + kinds, out.length + (out.length >> 1)));
            }
            long header = count & 0xffffffffL;
            for (int j = 0; j < kinds; j++) {
                header |= (long) assets[j] << (32 + 7 * j);
                out[used + 1 + j] = Double.doubleToRawLongBits(totals[j]);
            }
            out[used] = header;
            at[node] = (used << 3) | kinds;
            used += 1 + kinds;
        }
        sums = Arrays.copyOf(out, used);
        summaryAt = at;
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
            return (long) from.length * (4 + 4 + 1 + 8 + 8) + (long) names.length * (8 + 4 + 2 + 4) + (long) sums.length * 8;
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
            listed = Arrays.copyOf(listed, (size + 63) >>> 6);
            listedSender = Arrays.copyOf(listedSender, (size + 63) >>> 6);
            summaryAt = Arrays.copyOf(summaryAt, size);
            Arrays.fill(summaryAt, nodes, size, -1);
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

        /** Whether the address is listed under any category: {@code flags(node) != 0}, from a far smaller array. */
        public boolean listed(int node) {
            return (listed[node >>> 6] & (1L << node)) != 0;
        }

        /**
         * The node's summary, when it tells all a last hop needs: no transfer into the node comes from a listed
         * address; -1 otherwise (or when the node has none), and its transfers must be read.
         */
        public int summary(int node) {
            int at = summaryAt[node];
            return at < 0 || (listedSender[node >>> 6] & (1L << node)) != 0 ? -1 : at;
        }

        /** From a {@link #summary}: how many transfers come into the node, all assets. */
        public int transfersIn(int summary) {
            return (int) sums[summary >>> 3];
        }

        /** From a {@link #summary}: the total of the transfers of the asset into the node, summed in the order they are read. */
        public double totalIn(int summary, int asset) {
            int at = summary >>> 3;
            long header = sums[at];
            for (int j = 0, kinds = summary & 7; j < kinds; j++) {
                if ((int) (header >>> (32 + 7 * j) & 0x7f) == asset) {
                    return Double.longBitsToDouble(sums[at + 1 + j]);
                }
            }
            return 0;
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
