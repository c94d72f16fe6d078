package io.redress.shared.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A query naming many values in one {@code IN (...)} list sends them in slices: PostgreSQL's driver takes at most 32,767
 * parameters a statement, and a list of a few hundred keeps the plan an index lookup. One slice size for every such
 * query, so that each does not choose its own.
 */
public final class InLists {

    /** Values in one IN list at most. */
    public static final int MAX = 1_000;

    private InLists() {
    }

    /** {@code values} in slices of at most {@link #MAX}, in their order; none when there are none. */
    public static <T> List<List<T>> slices(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX) {
            out.add(all.subList(from, Math.min(all.size(), from + MAX)));
        }
        return out;
    }
}
