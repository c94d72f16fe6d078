package io.redress.cases.api;

import io.redress.shared.domain.Actor;

/** The cases context's answer to "what is on my desk": the open cases assigned to the person asking. */
public interface AssignedCases {

    /** The asker's open cases by SLA bucket, counted in the database; all zero for someone who may not read the queue. */
    SlaCounts openAssignedTo(Actor actor);

    /** Open cases by how their SLA stands: breached, due soon (past the warning share), on time. */
    record SlaCounts(long breached, long dueSoon, long onTime) {

        public long total() {
            return breached + dueSoon + onTime;
        }
    }
}
