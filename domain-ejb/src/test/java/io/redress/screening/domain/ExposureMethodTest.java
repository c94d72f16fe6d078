package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The calculator against the method written out the plain way (below: every path's value carried state by state in
 * maps, the evidence a breadth-first search over the whole hop limit), on random graphs with what makes traces hard:
 * hubs, cycles, dust, two assets, addresses on several lists, every hop limit.
 */
class ExposureMethodTest {

    private static final String[] ASSETS = {"XBT", "ETH"};
    private static final TraceRules RULES = new TraceRules(4, Map.of("XBT", new BigDecimal("0.0001"), "ETH", new BigDecimal("0.001")), 10_000_000);

    @Test
    void everyShareAtEveryHopAndEveryPathAreTheMethodsOnRandomGraphs() {
        for (int seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            TransactionGraph graph = randomGraph(random, 400 + seed * 50, 2_000 + seed * 300);
            for (String phase : new String[] {"", " compacted", " changed since compacted"}) {
                if (phase.equals(" compacted")) {
                    graph.compact();
                } else if (!phase.isEmpty()) {
                    changeAfterCompacting(random, graph, 400 + seed * 50);
                }
                for (int hops = 1; hops <= TraceRules.MAX_HOPS; hops++) {
                    TraceRules rules = RULES.withHops(hops);
                    for (int i = 0; i < 25; i++) {
                        String asset = ASSETS[random.nextInt(2)];
                        String sender = "a" + random.nextInt(400);
                        String what = "seed " + seed + phase + ", " + hops + " hops, " + asset + " from " + sender;
                        Exposure e = ExposureCalculator.trace(graph, asset, sender, rules);
                        Exposure m = graph.read(view -> Method.trace(view, asset, sender, rules));
                        assertSame(m, e, what);
                    }
                }
            }
        }
    }

    @Test
    void aTraceThatWouldReadMoreThanItsBudgetSaysSoAndLeavesTheRestUntraced() {
        TransactionGraph graph = new TransactionGraph();
        graph.flag("F", Category.HACK.bit());
        for (int i = 0; i < 1_200; i++) {
            graph.add(i, "XBT", "s" + i, "HUB", 1);
            graph.add(10_000 + i, "XBT", "F", "s" + i, 1);
        }
        graph.add(20_000, "XBT", "HUB", "D", 1);
        TraceRules small = new TraceRules(4, Map.of(), 1_000);

        Exposure spent = ExposureCalculator.trace(graph, "XBT", "D", small);
        Exposure whole = ExposureCalculator.trace(graph, "XBT", "D", new TraceRules(4, Map.of(), 1_000_000));

        assertFalse(whole.truncated());
        assertEquals(1, whole.of(Category.HACK).byHop()[4], 1e-9);
        assertTrue(spent.truncated(), "the 1,200 senders' transfers in are more than 1,000");
        assertEquals(null, spent.of(Category.HACK));
        assertEquals(1, spent.untracedShare(), 1e-9, "what was not traced is untraced, not lost");
    }

    private static void assertSame(Exposure method, Exposure calculated, String what) {
        assertEquals(method.truncated(), calculated.truncated(), what);
        assertEquals(method.untracedShare(), calculated.untracedShare(), 1e-12, what + ": untraced");
        assertEquals(method.categories().stream().map(Exposure.CategoryExposure::category).toList(),
                calculated.categories().stream().map(Exposure.CategoryExposure::category).toList(), what);
        for (Exposure.CategoryExposure m : method.categories()) {
            Exposure.CategoryExposure c = calculated.of(m.category());
            for (int h = 1; h < m.byHop().length; h++) {
                assertEquals(m.byHop()[h], c.byHop()[h], 1e-12, what + ": " + m.category() + " at hop " + h);
            }
            assertEquals(m.nearestHops(), c.nearestHops(), what);
            assertEquals(m.path(), c.path(), what + ": " + m.category() + "'s path");
        }
    }

    /** Hubs (1 in 50 addresses) send a quarter and receive a tenth of the transfers; 3 % dust; 1 in 12 listed. */
    /**
     * What the graph's summaries must follow: addresses listed and delisted (one change at a time and several at once),
     * transfers added into addresses already summarized, from listed senders and others.
     */
    private static void changeAfterCompacting(Random random, TransactionGraph graph, int addresses) {
        Map<String, Integer> several = new HashMap<>();
        for (int i = 0; i < addresses / 10; i++) {
            several.put("a" + random.nextInt(addresses), random.nextInt(3) == 0 ? 0 : Category.HACK.bit());
        }
        graph.flag(several);
        graph.flag("a" + random.nextInt(addresses), Category.MIXER.bit());
        graph.flag("a" + random.nextInt(addresses), 0);
        for (int t = 0; t < addresses / 2; t++) {
            String asset = ASSETS[random.nextInt(5) == 0 ? 1 : 0];
            double amount = random.nextInt(10) == 0 ? 0.00001 : Math.pow(10, random.nextDouble() * 5 - 2);
            graph.add(1_000_000 + t, asset, "a" + random.nextInt(addresses), "a" + random.nextInt(addresses), amount);
        }
    }

    private static TransactionGraph randomGraph(Random random, int addresses, int transfers) {
        TransactionGraph graph = new TransactionGraph();
        int hubs = addresses / 50;
        Category[] categories = Category.values();
        for (int i = 0; i < addresses; i++) {
            if (random.nextInt(12) == 0) {
                int bits = categories[random.nextInt(5)].bit() | (random.nextInt(4) == 0 ? categories[random.nextInt(categories.length)].bit() : 0);
                graph.flag("a" + i, bits);
            }
        }
        for (int t = 0; t < transfers; t++) {
            int from = random.nextInt(4) == 0 ? random.nextInt(hubs) : random.nextInt(addresses);
            int to = random.nextInt(10) == 0 ? random.nextInt(hubs) : random.nextInt(addresses);
            String asset = ASSETS[random.nextInt(5) == 0 ? 1 : 0];
            double amount = random.nextInt(33) == 0 ? 0.00001 : Math.pow(10, random.nextDouble() * 5 - 2);
            graph.add(t + 1, asset, "a" + from, "a" + to, amount);
        }
        return graph;
    }

    /** The method as written in the calculator's documentation, computed the plain way. */
    private static final class Method {

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
            double untraced = 0;
            // per (address, categories met on the way): the value that reached it
            Map<List<Integer>, Double> frontier = new HashMap<>();
            frontier.put(List.of(start, 0), 1.0);
            for (int h = 1; h <= hops; h++) {
                Map<List<Integer>, Double> next = new HashMap<>();
                for (Map.Entry<List<Integer>, Double> state : frontier.entrySet()) {
                    int node = state.getKey().get(0);
                    int met = state.getKey().get(1);
                    double value = state.getValue();
                    int listed = g.flags(node);
                    for (int c = 0; c < categories; c++) {
                        if ((listed & ~met & (1 << c)) != 0) {
                            byHop[c][h] += value;
                        }
                    }
                    double total = 0;
                    for (int e = g.firstIn(node); e >= 0; e = g.nextIn(e)) {
                        total += g.assetOf(e) == asset ? g.amount(e) : 0;
                    }
                    if (h == hops || total <= 0) {
                        untraced += value;
                        continue;
                    }
                    for (int e = g.firstIn(node); e >= 0; e = g.nextIn(e)) {
                        int src = g.from(e);
                        if (g.assetOf(e) == asset && !(g.flags(src) != 0 && g.amount(e) < dust)) {
                            next.merge(List.of(src, met | listed), value * g.amount(e) / total, Double::sum);
                        }
                    }
                }
                frontier = next;
            }
            Map<Integer, List<Exposure.Step>> paths = evidence(g, start, asset, dust, hops);
            List<Exposure.CategoryExposure> out = new ArrayList<>();
            for (Category c : Category.values()) {
                double[] shares = byHop[c.ordinal()];
                int nearest = 0;
                for (int h = hops; h >= 1; h--) {
                    nearest = shares[h] > 0 ? h : nearest;
                }
                if (nearest > 0) {
                    for (int h = 0; h <= hops; h++) {
                        shares[h] = Math.min(1, shares[h]);
                    }
                    out.add(new Exposure.CategoryExposure(c, shares, nearest, paths.getOrDefault(c.ordinal(), List.of())));
                }
            }
            return new Exposure(assetCode, sender, hops, out, Math.min(1, untraced), false);
        }

        /** Breadth first over the whole hop limit; per category the first listed address met. */
        static Map<Integer, List<Exposure.Step>> evidence(TransactionGraph.View g, int start, int asset, double dust, int hops) {
            Map<Integer, List<Exposure.Step>> found = new HashMap<>();
            Map<Integer, int[]> via = new HashMap<>();
            via.put(start, new int[] {-1, -1});
            List<Integer> level = List.of(start);
            for (int h = 1; h <= hops; h++) {
                List<Integer> next = new ArrayList<>();
                for (int node : level) {
                    for (int c = 0; c < Category.values().length; c++) {
                        if ((g.flags(node) & (1 << c)) != 0 && !found.containsKey(c)) {
                            List<Exposure.Step> steps = new ArrayList<>();
                            for (int at = node; via.get(at)[0] >= 0; at = via.get(at)[1]) {
                                int e = via.get(at)[0];
                                steps.add(new Exposure.Step(g.name(at), g.name(via.get(at)[1]), g.rowId(e), g.amount(e)));
                            }
                            found.put(c, steps);
                        }
                    }
                    for (int e = h < hops ? g.firstIn(node) : -1; e >= 0; e = g.nextIn(e)) {
                        int src = g.from(e);
                        if (g.assetOf(e) == asset && !(g.flags(src) != 0 && g.amount(e) < dust) && !via.containsKey(src)) {
                            via.put(src, new int[] {e, node});
                            next.add(src);
                        }
                    }
                }
                level = next;
            }
            return found;
        }
    }
}
