package io.redress.screening.domain;

import java.time.Instant;

/** A listing as staff read it: which source lists the address, for which asset, why, since when, until when. */
public record FlaggedAddressView(String source, String asset, String address, String format, Category category,
                                 Severity severity, String label, Instant addedAt, Instant removedAt) {
}
