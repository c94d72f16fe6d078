package io.redress.alerts.api;

import io.redress.shared.domain.Actor;

/** The alerts' answer to "what needs my attention": the open alerts the asker sees, counted in the database. */
public interface OpenAlerts {

    /**
     * The open (unacknowledged) alerts of the roles the asker works, or of every role for an auditor, who reads them
     * all: the alert inbox's default list. Zero for someone who sees no alert.
     */
    AlertCounts visibleTo(Actor actor);

    record AlertCounts(long open, long critical) {
    }
}
