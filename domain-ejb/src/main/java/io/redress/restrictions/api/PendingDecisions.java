package io.redress.restrictions.api;

import io.redress.shared.domain.Actor;

/** The restrictions context's answer to "what waits for my decision": counted in the database, for the home page. */
public interface PendingDecisions {

    /** What waits for the asker; a count the asker's roles do not concern is zero. */
    DecisionCounts waitingFor(Actor actor);

    /**
     * {@code approvals}: pending requests the asker may approve (holds the role the approval needs, did not request it);
     * {@code appealsNearDeadline}: open appeals within three days of their deadline or past it, that the asker may decide
     * (a reviewer role for the measure, no part in it); {@code afterComplaints}: restrictions on the "after complaints"
     * report, for those who read it; {@code reasonVersions}: versions of the reason catalogue waiting for approval that
     * the asker may approve (a compliance officer who did not propose them).
     */
    record DecisionCounts(long approvals, long appealsNearDeadline, long afterComplaints, long reasonVersions) {
    }
}
