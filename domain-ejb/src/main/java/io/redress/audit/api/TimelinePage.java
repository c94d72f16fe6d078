package io.redress.audit.api;

import java.util.List;

/** A page of an account's timeline, oldest first; {@code next} is the {@code after} of the next page, null at the end. */
public record TimelinePage(String accountId, List<TimelineEntry> items, Long next) {

    public TimelinePage {
        items = List.copyOf(items);
    }
}
