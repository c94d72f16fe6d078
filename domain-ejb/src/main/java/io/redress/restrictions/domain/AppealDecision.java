package io.redress.restrictions.domain;

/** A reviewer's decision: the outcome, written reasons, and for MODIFIED a milder measure and/or extra days. */
public record AppealDecision(AppealOutcome outcome, String reasons, Measure newMeasure, Integer extraWindowDays) {
}
