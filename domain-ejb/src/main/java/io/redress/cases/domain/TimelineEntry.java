package io.redress.cases.domain;

import java.time.Instant;

public record TimelineEntry(Instant at, String actor, String kind, String detail) {
}
