package io.redress.screening.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 */
public final class ExposureCalculator {

    private ExposureCalculator() {
    }

    public static Exposure trace(TransactionGraph graph, String asset, String sender, TraceRules rules) {
        return graph.read(view -> trace(view, asset, sender, rules));
    }

    static Exposure trace(TransactionGraph.View g, String assetCode, String sender, TraceRules rules) {
        int hops = rules.maxHops();
        int categories = Category.values().length;
        double[][] byHop = new double[categories][hops + 1];
        int start = g.node(sender);
        int asset = g.asset(assetCode);
        double dust = rules.dustOf(assetCode);
        if (start < 0) {
            return new Exposure(assetCode, sender, hops, List.of(), 1, false);
        }
        int[] budget = {rules.budget()};
        double untraced = 0;
        boolean truncated = false;
        Map<Long, Double> frontier = new HashMap<>();
        frontier.put(key(start, 0), 1.0);
        for (int h = 1; h <= hops && !frontier.isEmpty(); h++) {
            Map<Long, Double> next = new HashMap<>();
            for (Map.Entry<Long, Double> state : frontier.entrySet()) {
                int node = (int) (state.getKey() >>> 16);
                int mask = (int) (state.getKey() & 0xffff);
                double mass = state.getValue();
                int listed = g.flags(node);
                int fresh = listed & ~mask;
                for (int c = 0; c < categories && fresh != 0; c++) {
                    if ((fresh & (1 << c)) != 0) {
                        byHop[c][h] += mass;
                    }
                }
                if (h == hops) {
                    untraced += mass;
                    continue;
                }
                if (truncated) {
                    untraced += mass;
                    continue;
                }
                double total = 0;
                for (int e = g.firstIn(node); e >= 0; e = g.nextIn(e)) {
                    if (g.assetOf(e) == asset) {
                        total += g.amount(e);
                    }
                }
                if (total <= 0) {
                    untraced += mass;
                    continue;
                }
                int carried = mask | listed;
                for (int e = g.firstIn(node); e >= 0; e = g.nextIn(e)) {
                    if (--budget[0] < 0) {
                        truncated = true;
                        break;
                    }
                    if (g.assetOf(e) != asset) {
                        continue;
                    }
                    int src = g.from(e);
                    if (isDustFromFlagged(g, e, src, dust)) {
                        continue;
                    }
                    next.merge(key(src, carried), mass * g.amount(e) / total, Double::sum);
                }
            }
            frontier = next;
        }
        // the evidence search has a budget of its own: a spent trace still shows its nearest paths
        Map<Category, List<Exposure.Step>> paths = shortestPaths(g, start, asset, dust, hops, new int[] {rules.budget()});
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
                List<Exposure.Step> path = paths.getOrDefault(c, List.of());
                out.add(new Exposure.CategoryExposure(c, shares, nearest, path));
            }
        }
        return new Exposure(assetCode, sender, hops, out, Math.min(1, untraced), truncated);
    }

    private static boolean isDustFromFlagged(TransactionGraph.View g, int transfer, int src, double dust) {
        return g.flags(src) != 0 && g.amount(transfer) < dust;
    }

    /** Per category, the transfers from the nearest listed address to the sender (empty when the sender is listed). */
    private static Map<Category, List<Exposure.Step>> shortestPaths(TransactionGraph.View g, int start, int asset, double dust,
                                                                   int hops, int[] budget) {
        Map<Category, List<Exposure.Step>> found = new HashMap<>();
        // per address reached: the transfer out of it the search came back through, and that transfer's receiver
        Map<Integer, int[]> via = new HashMap<>();
        via.put(start, new int[] {-1, -1});
        List<Integer> level = List.of(start);
        for (int h = 1; h <= hops && !level.isEmpty(); h++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                int listed = g.flags(node);
                for (Category c : Category.values()) {
                    if ((listed & c.bit()) != 0 && !found.containsKey(c)) {
                        found.put(c, pathFrom(g, node, via));
                    }
                }
                if (h == hops) {
                    continue;
                }
                for (int e = g.firstIn(node); e >= 0; e = g.nextIn(e)) {
                    if (--budget[0] < 0) {
                        return found;
                    }
                    int src = g.from(e);
                    if (g.assetOf(e) == asset && !isDustFromFlagged(g, e, src, dust) && !via.containsKey(src)) {
                        via.put(src, new int[] {e, node});
                        next.add(src);
                    }
                }
            }
            level = next;
        }
        return found;
    }

    private static List<Exposure.Step> pathFrom(TransactionGraph.View g, int node, Map<Integer, int[]> via) {
        List<Exposure.Step> steps = new ArrayList<>();
        int at = node;
        int[] step = via.get(at);
        while (step[0] >= 0) {
            steps.add(new Exposure.Step(g.name(at), g.name(step[1]), g.rowId(step[0]), g.amount(step[0])));
            at = step[1];
            step = via.get(at);
        }
        return Collections.unmodifiableList(steps);
    }

    private static long key(int node, int mask) {
        return ((long) node << 16) | (mask & 0xffff);
    }
}
