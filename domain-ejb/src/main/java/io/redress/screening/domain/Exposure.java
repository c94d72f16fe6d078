package io.redress.screening.domain;

import java.util.List;

/**
 * A deposit's exposure: per category, the share of its value traced to addresses listed under it, hop by hop (hop 1:
 * the sender itself is listed, one degree of separation; hop 2 and more: indirect), with the shortest path to such an
 * address as evidence. {@code untracedShare} is the value whose origin the graph does not know within the hop limit
 * (no transfer into an address, or the trace budget spent).
 */
public record Exposure(String asset, String sender, int maxHops, List<CategoryExposure> categories, double untracedShare,
                       boolean truncated) {

    public Exposure {
        categories = List.copyOf(categories);
    }

    /** One category: {@code byHop[h]} is the share first met at hop h (index 0 unused). */
    public record CategoryExposure(Category category, double[] byHop, int nearestHops, List<Step> path) {

        public CategoryExposure {
            path = List.copyOf(path);
        }

        public double share() {
            double s = 0;
            for (double v : byHop) {
                s += v;
            }
            return Math.min(1, s);
        }

        public double direct() {
            return byHop.length > 1 ? Math.min(1, byHop[1]) : 0;
        }

        public double indirect() {
            return Math.max(0, share() - direct());
        }

        /** The share met within this many hops. */
        public double within(int hops) {
            double s = 0;
            for (int h = 1; h <= hops && h < byHop.length; h++) {
                s += byHop[h];
            }
            return Math.min(1, s);
        }
    }

    /** One transfer on the evidence path, from the flagged address towards the sender; {@code transferId} is its row. */
    public record Step(String from, String to, long transferId, double amount) {
    }

    public CategoryExposure of(Category c) {
        return categories.stream().filter(x -> x.category() == c).findFirst().orElse(null);
    }
}
