package io.redress.incidents.api;

import io.redress.shared.domain.Actor;
import java.util.Map;

/** The bulk actions waiting for a second person's approval, as the start page and the incidents list count them. */
public interface PendingActions {

    /**
     * The actions the asker may approve now: requested by someone else and not yet decided (an incident's closing
     * withdraws its own). Zero for whom may not approve bulk actions.
     */
    long awaitingApproval(Actor actor);

    /** The same, per incident reference; incidents with none are left out. */
    Map<String, Long> awaitingApprovalByIncident(Actor actor);
}
