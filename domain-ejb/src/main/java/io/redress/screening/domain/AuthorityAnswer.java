package io.redress.screening.domain;

/** The authority's answer to a report: the funds released, or kept frozen. */
public enum AuthorityAnswer { RELEASE_FUNDS, KEEP_FROZEN }
