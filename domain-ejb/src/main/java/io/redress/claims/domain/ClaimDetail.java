package io.redress.claims.domain;

/** The claim page: the claim and the final decisions on other claims from the same incident. */
public record ClaimDetail(ClaimView claim, IncidentPrecedents precedents) {
}
