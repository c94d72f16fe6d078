package io.redress.restrictions.domain;

import java.time.Instant;

/** A measure in force, as the standing of an account is computed from it. */
public record InForce(long restrictionId, Measure measure, Instant windowEndsAt, boolean closeCompleted) {
}
