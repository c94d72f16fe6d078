package io.redress.cases.api;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the operations picture needs from the public posts context, which implements it: the posts received per UTC
 * day, matched to an account or not. Published here so that public posts depends on cases and never the reverse.
 */
public interface PostCounts {

    /** For every UTC day from {@code first} to {@code last} with posts (one grouped query): matched and unmatched posts received. */
    Map<LocalDate, Received> receivedPerDay(LocalDate first, LocalDate last);

    record Received(long matched, long unmatched) {
    }
}
