package io.redress.claims.domain;

/** A rule a step on a claim breaks: its code (listed with the API's problem types) and why, in words. */
public record ClaimViolation(String rule, String message) {
}
