package io.redress.restrictions.domain;

/** The sensitive operations the exchange asks Redress about before it performs them. */
public enum Action {
    LOGIN,
    DEPOSIT,
    TRADE,
    /** A trade that can only reduce an open position: how a customer in off-boarding closes out. */
    REDUCE_ONLY_TRADE,
    WITHDRAW,
    /**
     * A withdrawal to an address the customer has not withdrawn to before: WITHDRAW's answer, and refused while a
     * protective lock is on.
     */
    WITHDRAW_TO_NEW_ADDRESS,
    CREATE_API_KEY,
    /** A trade placed with an API key; the key id is passed along. */
    API_TRADE
}
