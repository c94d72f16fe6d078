package io.redress.restrictions.domain;

/** An account's standing as a decision reads it, with the measure and reason of the restriction in force, if any. */
public record AccountStanding(String accountId, Standing standing, Measure measure, String reasonCode) {
}
