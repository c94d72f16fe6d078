package io.redress.messaging.domain;

import java.time.Instant;

public record TermView(long id, String term, String why, String createdBy, Instant createdAt) {
}
