package io.redress.cases.domain;

import java.time.Instant;

public record LinkView(String kind, String target, String createdBy, Instant createdAt) {
}
