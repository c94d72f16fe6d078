package io.redress.claims.domain;

/** An appeal against a denial: the denial stands, or it is overturned and the claim is decided again. */
public enum AppealVerdict {
    UPHELD,
    OVERTURNED
}
