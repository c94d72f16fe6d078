package io.redress.cases.domain;

import java.time.Instant;

/** A canned reply as the console and the API show it; {@code retiredAt} set: kept for the record, no longer offered. */
public record CannedReplyView(long id, String title, String language, String body, Instant createdAt, String createdBy,
                              Instant updatedAt, String updatedBy, Instant retiredAt, String retiredBy, long version) {

    public boolean retired() {
        return retiredAt != null;
    }
}
