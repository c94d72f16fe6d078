package io.redress.shared.domain;

import java.util.List;

/** One page of results; {@code hasMore} avoids counting millions of rows to page through them. */
public record Page<T>(List<T> items, int page, int size, boolean hasMore) {

    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** Cuts the one extra row fetched to learn whether another page exists. */
    public static <T> Page<T> of(List<T> fetchedSizePlusOne, int page, int size) {
        boolean more = fetchedSizePlusOne.size() > size;
        return new Page<>(more ? fetchedSizePlusOne.subList(0, size) : fetchedSizePlusOne, page, size, more);
    }
}
