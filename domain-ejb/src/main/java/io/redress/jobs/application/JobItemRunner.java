package io.redress.jobs.application;

import io.redress.jobs.api.JobItem;
import io.redress.jobs.domain.BatchJob;
import io.redress.jobs.domain.JobItemDone;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Applies one item of a job exactly once: its done-marker, its effect and the job's progress commit in one
 * transaction of their own. A marker already there means the item was dealt with (before a crash, a stop, or by a
 * previous execution whose checkpoint was behind): nothing is done again. Two executions reaching the same item at
 * once (a takeover racing a slow owner) meet on the marker's primary key: the second waits and then fails, undoing
 * its effect.
 */
@Stateless
public class JobItemRunner {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    JobService jobs;
    @Inject
    Clock clock;

    /** Returns false when the item had been dealt with already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean applyOnce(long jobId, JobItem item) {
        if (em.find(JobItemDone.class, new JobItemDone.Key(jobId, item.key())) != null) {
            return false;
        }
        Instant now = clock.instant();
        JobItemDone marker = new JobItemDone(jobId, item.key(), now);
        em.persist(marker);
        em.flush();
        BatchJob job = em.find(BatchJob.class, jobId);
        String note = jobs.work(job.kind()).apply(jobs.run(job), item);
        marker.outcome(JobItemDone.Outcome.DONE, note);
        progress(jobId, item, 0);
        return true;
    }

    /** An item the work refused (its effect rolled back): recorded FAILED, once, so the job goes on. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long jobId, JobItem item, String why) {
        if (em.find(JobItemDone.class, new JobItemDone.Key(jobId, item.key())) != null) {
            return;
        }
        Instant now = clock.instant();
        JobItemDone marker = new JobItemDone(jobId, item.key(), now);
        marker.outcome(JobItemDone.Outcome.FAILED, why);
        em.persist(marker);
        em.flush();
        progress(jobId, item, 1);
    }

    private void progress(long jobId, JobItem item, int failed) {
        em.createNativeQuery("UPDATE batch_job SET done = done + 1, failed = failed + ?, item_cursor = ?, heartbeat_at = CURRENT_TIMESTAMP"
                        + " WHERE id = ?")
                .setParameter(1, failed).setParameter(2, item.cursor()).setParameter(3, jobId).executeUpdate();
    }
}
