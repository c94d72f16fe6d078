package io.redress.jobs.api;

import java.time.Instant;

/**
 * A job as staff and the exchange read it: what it works on, how far it got.
 *
 * @param subject      the record it works for ({@code incident:INC-7K3Q-9P2M/action:50})
 * @param total        the items counted when it was submitted
 * @param done         items dealt with (each exactly once), {@code failed} of them refused
 * @param percent      done of total, 0 to 100
 * @param executions   how many Jakarta Batch executions it took (more than one after a stop, failure or crash)
 * @param executionStatus the batch status of its latest execution as this instance sees it, or null
 */
public record JobView(long id, String kind, String subject, JobState state, long total, long done, long failed,
                      int percent, int executions, String executionStatus, String lastError, String requestedBy,
                      Instant createdAt, Instant startedAt, Instant finishedAt, Instant heartbeatAt, long version) {
}
