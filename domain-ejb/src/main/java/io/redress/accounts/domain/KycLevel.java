package io.redress.accounts.domain;

/** How far the exchange has verified the customer's identity. */
public enum KycLevel {
    NONE,
    BASIC,
    VERIFIED,
    ENHANCED
}
