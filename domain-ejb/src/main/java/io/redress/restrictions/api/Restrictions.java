package io.redress.restrictions.api;

/** The restrictions context's front door for other contexts' questions about a restriction. */
public interface Restrictions {

    /** Whether a restriction with this id was ever requested (a case may link to it). */
    boolean exists(long restrictionId);

    /** How many accounts are closed (the dashboard counts the others as active customers). */
    long closedAccounts();
}
