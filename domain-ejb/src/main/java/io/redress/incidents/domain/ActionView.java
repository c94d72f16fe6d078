package io.redress.incidents.domain;

import io.redress.jobs.api.JobView;
import java.time.Instant;

/** A bulk action as staff read it, with its job's progress once approved. */
public record ActionView(long id, String incident, String scope, Instant createdBefore, boolean withoutAllowlistOnly,
                         boolean notifyCustomers, boolean openCases, boolean protectiveLock, String justification, ActionState state,
                         String requestedBy, Instant requestedAt, String decidedBy, String decidedRole,
                         Instant decidedAt, String decisionNote, Long jobId, JobView job, long version) {
}
