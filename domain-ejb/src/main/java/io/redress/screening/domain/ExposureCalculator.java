package io.redress.screening.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Traces a deposit's value back through the transaction graph, proportionally (the "haircut" method): the deposit's
 * value starts at its sender; at each address, the value is split among the transfers of the same asset into it in
 * proportion to their amounts, and passed to their senders, one hop further back, up to the hop limit. When value
 * reaches an address listed under a category, that share counts as exposure to the category at that hop, once per
 * category on a path (value that reaches a second address of the same category further back is not counted again), and
 * the value goes on back, so a hack's funds that passed a mixer count as exposure to both. A transfer below its asset's
 * dust threshold from a flagged address counts as clean value: dust sent to an innocent address does not taint it.
 * Value with no known origin (an address with no transfer in) or past the hop limit is untraced.
 * <p>
 * Separately, a breadth-first search finds per category the listed address with the fewest hops, and the transfers
 * from it to the sender: the evidence.
 * <p>
 * How it is computed (the answer does not depend on it): value is carried per state (address, categories met on the
 * way), the states that reach one address merged, in primitive tables reused from trace to trace ({@link LongTable}, no
 * object per state). The states of one address are expanded together: the transfers into it are read once per hop, not once per
 * state. The last hop is not expanded into states: an address one hop short of the limit passes to each category the
 * part of its value that came from senders listed under it (summed over its transfers in one pass), and the rest is
 * untraced; for an address with no listed sender, the graph's summary of its transfers in (their number and total per
 * asset) stands for reading them, on that hop and on the evidence search's last. The evidence search stops as soon as
 * every category with exposure has its nearest address. A trace reads
 * at most the rules' budget of transfers: an address whose transfers would pass it is not expanded, its value and all
 * not yet expanded is untraced, and the exposure says it was truncated.
 */
public final class ExposureCalculator {

    private static final int CATEGORIES = Category.values().length;
    private static final int ALL = (1 << CATEGORIES) - 1;
    /** Tables grown past this many entries by one trace are let go after it, not kept for the next trace. */
    private static final int KEEP_AT_MOST = 1 << 14;
    /**
     * Tables between traces: a trace takes one set (or makes one) and gives it back; at most 64 kept (about 0.2 to 2 MB
     * each). A pool rather than a thread-local: the server's threads outlive a redeployment, this class does not.
     */
    private static final BlockingQueue<Work> SPARE = new ArrayBlockingQueue<>(64);

    private ExposureCalculator() {
    }

    public static Exposure trace(TransactionGraph graph, String asset, String sender, TraceRules rules) {
        return graph.read(view -> trace(view, asset, sender, rules));
    }

    static Exposure trace(TransactionGraph.View g, String assetCode, String sender, TraceRules rules) {
        int hops = rules.maxHops();
        int start = g.node(sender);
        if (start < 0) {
            return new Exposure(assetCode, sender, hops, List.of(), 1, false);
        }
        Work work = SPARE.poll();
        if (work == null) {
            work = new Work();
        }
        Exposure exposure = trace(g, work, assetCode, start, sender, rules);
        if (!work.tooLarge()) {
            SPARE.offer(work);
        }
        return exposure;
    }

    private static Exposure trace(TransactionGraph.View g, Work work, String assetCode, int start, String sender, TraceRules rules) {
        int hops = rules.maxHops();
        double[][] byHop = new double[CATEGORIES][hops + 1];
        int asset = g.asset(assetCode);
        double dust = rules.dustOf(assetCode);
        long budget = rules.budget();
        double untraced = 0;
        boolean truncated = false;
        Level level = work.a;
        Level next = work.b;
        level.clear();
        level.add(start, 0, 1.0);
        double[] fromListed = work.fromListed;
        for (int h = 1; h <= hops && level.states.size() > 0; h++) {
            // the sources of this level's transfers are at hop h + 1: on the last hop, only their categories count
            boolean beforeLast = h + 1 == hops;
            next.clear();
            // the addresses in the order of their numbers: their transfers lie in that order in memory (compacted)
            int[] order = level.inNodeOrder();
            for (int k = 0; k < level.nodes.size(); k++) {
                int n = order[k];
                int node = (int) level.nodes.key(n);
                int listed = g.listed(node) ? g.flags(node) : 0;
                double value = 0;
                for (int s = level.head[n]; s >= 0; s = level.link[s]) {
                    double mass = level.mass[s];
                    int fresh = listed & ~level.mask(s) & ALL;
                    if (fresh != 0) {
                        addShare(byHop, fresh, h, mass);
                    }
                    value += mass;
                }
                if (h == hops || truncated) {
                    untraced += value;
                    continue;
                }
                // one pass over the transfers in: their total, and on the last hop what of it came from listed senders
                double total = 0;
                double clean = 0;
                int senderCategories = 0;
                int read = 0;
                int summary = beforeLast ? g.summary(node) : -1;
                if (summary >= 0) {
                    // no listed sender: the pass below would give the summary's total (the same sum), all of it clean
                    total = g.totalIn(summary, asset);
                    clean = total;
                    read = g.transfersIn(summary);
                }
                for (int e = summary >= 0 ? -1 : g.firstIn(node); e >= 0; e = g.nextIn(e)) {
                    read++;
                    if (g.assetOf(e) != asset) {
                        continue;
                    }
                    double amount = g.amount(e);
                    total += amount;
                    if (beforeLast) {
                        int src = g.from(e);
                        int srcFlags = g.listed(src) ? g.flags(src) : 0;
                        if (srcFlags != 0 && amount < dust) {
                            continue;
                        }
                        srcFlags &= ALL;
                        clean += amount;
                        senderCategories |= srcFlags;
                        for (int bits = srcFlags; bits != 0; bits &= bits - 1) {
                            fromListed[Integer.numberOfTrailingZeros(bits)] += amount;
                        }
                    }
                }
                budget -= read;
                if (budget < 0) {
                    truncated = true;
                }
                if (truncated || total <= 0) {
                    untraced += value;
                } else if (beforeLast) {
                    for (int s = level.head[n]; s >= 0; s = level.link[s]) {
                        double mass = level.mass[s];
                        untraced += mass * clean / total;
                        int fresh = senderCategories & ~(level.mask(s) | listed);
                        for (int bits = fresh; bits != 0; bits &= bits - 1) {
                            int c = Integer.numberOfTrailingZeros(bits);
                            byHop[c][hops] += mass * fromListed[c] / total;
                        }
                    }
                } else {
                    for (int e = g.firstIn(node); e >= 0; e = g.nextIn(e)) {
                        if (g.assetOf(e) != asset) {
                            continue;
                        }
                        int src = g.from(e);
                        double amount = g.amount(e);
                        if (amount < dust && g.listed(src)) {
                            continue;
                        }
                        for (int s = level.head[n]; s >= 0; s = level.link[s]) {
                            next.add(src, level.mask(s) | listed, level.mass[s] * amount / total);
                        }
                    }
                }
                for (int bits = senderCategories; bits != 0; bits &= bits - 1) {
                    fromListed[Integer.numberOfTrailingZeros(bits)] = 0;
                }
            }
            Level done = level;
            level = next;
            next = done;
        }
        int met = 0;
        for (int c = 0; c < CATEGORIES; c++) {
            for (int h = 1; h <= hops; h++) {
                if (byHop[c][h] > 0) {
                    met |= 1 << c;
                    break;
                }
            }
        }
        // the evidence search has a budget of its own: a spent trace still shows its nearest paths
        List<Exposure.Step>[] paths = met == 0 ? null : shortestPaths(g, work.seen, start, asset, dust, hops, met, rules.budget());
        List<Exposure.CategoryExposure> out = new ArrayList<>();
        for (Category c : Category.values()) {
            double[] shares = byHop[c.ordinal()];
            int nearest = 0;
            for (int h = 1; h <= hops; h++) {
                if (shares[h] > 0) {
                    nearest = h;
                    break;
                }
            }
            if (nearest > 0) {
                for (int h = 0; h <= hops; h++) {
                    shares[h] = Math.min(1, shares[h]);
                }
                List<Exposure.Step> path = paths[c.ordinal()] == null ? List.of() : paths[c.ordinal()];
                out.add(new Exposure.CategoryExposure(c, shares, nearest, path));
            }
        }
        return new Exposure(assetCode, sender, hops, out, Math.min(1, untraced), truncated);
    }

    private static void addShare(double[][] byHop, int categories, int hop, double mass) {
        for (int bits = categories; bits != 0; bits &= bits - 1) {
            byHop[Integer.numberOfTrailingZeros(bits)][hop] += mass;
        }
    }

    /**
     * Per category of {@code wanted}, the transfers from the nearest listed address to the sender (empty when the
     * sender is listed): breadth first, an address's transfers in the order the graph keeps them, the first address met
     * at the fewest hops. Stops when every wanted category has its path, or the budget of transfers read is spent.
     */
    @SuppressWarnings("unchecked")
    private static List<Exposure.Step>[] shortestPaths(TransactionGraph.View g, Search seen, int start, int asset, double dust,
                                                       int hops, int wanted, int budget) {
        List<Exposure.Step>[] found = new List[CATEGORIES];
        seen.clear();
        seen.add(start, -1, -1);
        int missing = wanted & ~claim(g, seen, 0, found, wanted);
        int levelStart = 0;
        for (int h = 1; h < hops && missing != 0; h++) {
            // the last level is not searched further: its addresses need not be kept, only their categories read (an
            // address met before has no missing category: its categories were taken when it was met)
            boolean last = h + 1 == hops;
            int levelEnd = seen.nodes.size();
            for (int i = levelStart; i < levelEnd && missing != 0; i++) {
                int node = (int) seen.nodes.key(i);
                int summary = last ? g.summary(node) : -1;
                if (summary >= 0) {
                    // no listed sender: its transfers would claim nothing, only spend the budget
                    budget -= g.transfersIn(summary);
                    if (budget < 0) {
                        return found;
                    }
                    continue;
                }
                for (int e = g.firstIn(node); e >= 0 && missing != 0; e = g.nextIn(e)) {
                    if (--budget < 0) {
                        return found;
                    }
                    int src = g.from(e);
                    if (g.assetOf(e) != asset || (g.amount(e) < dust && g.listed(src))) {
                        continue;
                    }
                    // met in the order the next level is searched: the first one met with a category is its nearest
                    if (last) {
                        int claimed = g.listed(src) ? g.flags(src) & missing : 0;
                        if (claimed != 0) {
                            List<Exposure.Step> path = new ArrayList<>();
                            path.add(new Exposure.Step(g.name(src), g.name(node), g.rowId(e), g.amount(e)));
                            path.addAll(pathFrom(g, seen, i));
                            give(found, claimed, Collections.unmodifiableList(path));
                            missing &= ~claimed;
                        }
                    } else if (seen.nodes.indexOf(src) < 0) {
                        int at = seen.add(src, e, i);
                        missing &= ~claim(g, seen, at, found, missing);
                    }
                }
            }
            levelStart = levelEnd;
        }
        return found;
    }

    private static void give(List<Exposure.Step>[] found, int categories, List<Exposure.Step> path) {
        for (int bits = categories; bits != 0; bits &= bits - 1) {
            found[Integer.numberOfTrailingZeros(bits)] = path;
        }
    }

    /** Gives the address at {@code at} the still missing categories it is listed under; returns them. */
    private static int claim(TransactionGraph.View g, Search seen, int at, List<Exposure.Step>[] found, int missing) {
        int node = (int) seen.nodes.key(at);
        int claimed = g.listed(node) ? g.flags(node) & missing : 0; // the bit first: a far smaller array than the flags
        if (claimed != 0) {
            give(found, claimed, pathFrom(g, seen, at));
        }
        return claimed;
    }

    private static List<Exposure.Step> pathFrom(TransactionGraph.View g, Search seen, int at) {
        List<Exposure.Step> steps = new ArrayList<>();
        for (int i = at; seen.edge[i] >= 0; i = seen.parent[i]) {
            int e = seen.edge[i];
            steps.add(new Exposure.Step(g.name((int) seen.nodes.key(i)), g.name((int) seen.nodes.key(seen.parent[i])), g.rowId(e), g.amount(e)));
        }
        return Collections.unmodifiableList(steps);
    }

    /** One trace's tables, reused by the traces after it. */
    private static final class Work {
        final Level a = new Level();
        final Level b = new Level();
        final Search seen = new Search();
        final double[] fromListed = new double[CATEGORIES];

        boolean tooLarge() {
            return a.states.capacity() > KEEP_AT_MOST || b.states.capacity() > KEEP_AT_MOST || seen.nodes.capacity() > KEEP_AT_MOST;
        }
    }

    /**
     * The states of one hop: per (address, categories met) the value that reached it, merged; grouped per address (a
     * list per address through {@code head}/{@code link}), so that an address's transfers are read once.
     */
    static final class Level {
        final LongTable states = new LongTable(256);
        final LongTable nodes = new LongTable(256);
        double[] mass = new double[256];
        int[] link = new int[256];
        int[] head = new int[256];
        int[] order = new int[256];
        private int[] spare = new int[256];
        private int[] keys = new int[256];
        private int[] spareKeys = new int[256];
        private final int[] buckets = new int[1 << 11];

        void clear() {
            states.clear();
            nodes.clear();
        }

        /**
         * The indexes of this level's addresses, ordered by address number (each address is there once): for many, a
         * radix sort of the numbers, 11 bits at a time from the lowest, as many rounds as the largest number needs.
         */
        int[] inNodeOrder() {
            int count = nodes.size();
            if (order.length < count) {
                int size = Math.max(count, order.length * 2);
                order = new int[size];
                spare = new int[size];
                keys = new int[size];
                spareKeys = new int[size];
            }
            int all = 0;
            for (int n = 0; n < count; n++) {
                int node = (int) nodes.key(n);
                order[n] = n;
                keys[n] = node;
                all |= node;
            }
            if (count < 64) { // a few addresses: inserted in place
                for (int i = 1; i < count; i++) {
                    int key = keys[i];
                    int j = i - 1;
                    while (j >= 0 && keys[j] > key) {
                        keys[j + 1] = keys[j];
                        order[j + 1] = order[j];
                        j--;
                    }
                    keys[j + 1] = key;
                    order[j + 1] = i;
                }
                return order;
            }
            int[] from = order;
            int[] fromKeys = keys;
            int[] to = spare;
            int[] toKeys = spareKeys;
            for (int shift = 0; shift == 0 || all >>> shift != 0; shift += 11) {
                Arrays.fill(buckets, 0);
                for (int i = 0; i < count; i++) {
                    buckets[(fromKeys[i] >>> shift) & 0x7ff]++;
                }
                for (int b = 0, at = 0; b < buckets.length; b++) {
                    int c = buckets[b];
                    buckets[b] = at;
                    at += c;
                }
                for (int i = 0; i < count; i++) {
                    int at = buckets[(fromKeys[i] >>> shift) & 0x7ff]++;
                    to[at] = from[i];
                    toKeys[at] = fromKeys[i];
                }
                int[] t = from;
                from = to;
                to = t;
                t = fromKeys;
                fromKeys = toKeys;
                toKeys = t;
            }
            order = from;
            spare = to;
            keys = fromKeys;
            spareKeys = toKeys;
            return order;
        }

        int mask(int state) {
            return (int) (states.key(state) & 0xffff);
        }

        void add(int node, int categories, double value) {
            int before = states.size();
            int s = states.add(((long) node << 16) | (categories & 0xffff));
            if (s < before) {
                mass[s] += value;
                return;
            }
            if (s == mass.length) {
                mass = Arrays.copyOf(mass, s * 2);
                link = Arrays.copyOf(link, s * 2);
            }
            mass[s] = value;
            int groups = nodes.size();
            int n = nodes.add(node);
            if (n == groups) {
                if (n == head.length) {
                    head = Arrays.copyOf(head, n * 2);
                }
                head[n] = -1;
            }
            link[s] = head[n];
            head[n] = s;
        }
    }

    /** The evidence search: the addresses met, in the order met, each with the transfer out of it that led there. */
    private static final class Search {
        final LongTable nodes = new LongTable(256);
        int[] edge = new int[256];
        int[] parent = new int[256];

        void clear() {
            nodes.clear();
        }

        int add(int node, int transfer, int receiver) {
            int i = nodes.add(node);
            if (i == edge.length) {
                edge = Arrays.copyOf(edge, i * 2);
                parent = Arrays.copyOf(parent, i * 2);
            }
            edge[i] = transfer;
            parent[i] = receiver;
            return i;
        }
    }
}
