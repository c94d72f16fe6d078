package io.redress.publicposts.domain;

/** The five kinds of public complaint (PRODUCT.md), used to classify posts and to triage them. */
public enum ComplaintKind {
    /** Wrong address or network, phishing, scams, misunderstanding: guidance and a fast answer. */
    USER_ERROR,
    /** Coordinated near-duplicate posts from handles that are not customers and never contacted support. */
    FUD_CAMPAIGN,
    /** Funds indirectly linked (two hops or more) to a flagged wallet: held, and nothing may be said why. */
    TWO_DEGREES,
    /** Funds directly from a flagged wallet: the platform cannot answer in public. */
    ONE_DEGREE,
    /** A real customer whose problem fell through: the case is past its SLA. */
    LONG_TAIL
}
