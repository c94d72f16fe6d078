package io.redress.shared.domain;

import java.util.List;

/** The rows of one page of a console table and how many rows the whole filter holds (for the pager). */
public record TablePage<T>(List<T> rows, long total) {

    public TablePage {
        rows = List.copyOf(rows);
    }

    /** A page cut from rows already in memory, sorted and filtered: for short lists such as pending approvals. */
    public static <T> TablePage<T> slice(List<T> all, TableQuery query) {
        int from = Math.min(query.first(), all.size());
        int to = Math.min(all.size(), from + query.size());
        return new TablePage<>(all.subList(from, to), all.size());
    }
}
