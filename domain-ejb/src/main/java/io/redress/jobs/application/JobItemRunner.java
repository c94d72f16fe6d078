package io.redress.jobs.application;

import io.redress.jobs.api.JobItem;
import io.redress.jobs.domain.BatchJob;
import io.redress.jobs.domain.JobItemDone;
import io.redress.jobs.domain.JobLanes;
import io.redress.shared.infrastructure.RowSetStatements;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a job's items exactly once, a chunk at a time ({@link #applyChunk}) or, when a chunk is refused, one item
 * at a time ({@link #applyOnce}): done-markers, effects and the job's progress commit in one transaction. A marker already there means the item was dealt with (before a crash, a stop, or by a
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
    @Inject
    RowSetStatements statements;

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
        progress(jobId, item, 1, 0);
        return true;
    }

    /**
     * Applies a chunk of items at once: the work's effects for every item not yet marked ({@link JobWork#applyAll}),
     * their done-markers (one batch of inserts) and the job's progress (one UPDATE), all in one transaction, so the
     * chunk commits whole or not at all. A refusal rolls it all back and reaches the caller, who then applies the
     * chunk's items one by one. An execution racing this one over the same items meets it on the markers' keys: the
     * later one rolls back. Returns how many items were applied. {@code movesCursor}: whether the job's cursor moves
     * past these items; false for a lane of a chunk after its first ({@code JobLanes}), which may commit before an
     * earlier lane that then fails: a new execution must start before the latter's items (it finds the former's marked).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int applyChunk(long jobId, List<JobItem> items, boolean movesCursor) {
        if (items.isEmpty()) {
            return 0;
        }
        Set<String> marked = marked(jobId, items);
        List<JobItem> todo = items.stream().filter(i -> !marked.contains(i.key())).toList();
        if (todo.isEmpty()) {
            return 0;
        }
        BatchJob job = em.find(BatchJob.class, jobId);
        Map<String, String> notes = jobs.work(job.kind()).applyAll(jobs.run(job), todo);
        markDone(jobId, todo, notes, clock.instant());
        progress(jobId, movesCursor ? items.get(items.size() - 1) : null, todo.size(), 0);
        return todo.size();
    }

    /**
     * Which of the items have a done-marker. On PostgreSQL one probe of the markers' key per item, whatever the
     * planner knows: asked as {@code job_id = ? AND item_key IN (...)}, a job's markers table without statistics yet
     * (a job writes hundreds of thousands of them in minutes, faster than statistics follow; never with autovacuum off)
     * was planned as a read of every marker of the job for every chunk, 1.2 s a chunk at 130,000 markers
     * (bench/keys-benchmark.sh at 10,000,000 keys, 2 December 2026). The job id is a number, written into the statement.
     */
    private Set<String> marked(long jobId, List<JobItem> items) {
        Set<String> marked = new HashSet<>();
        statements.readKeys("job " + jobId + "'s done-markers", items.stream().map(JobItem::key).toList(),
                "SELECT m.item_key FROM unnest(CAST(? AS VARCHAR[])) AS m(item_key) CROSS JOIN LATERAL (SELECT 1 FROM"
                        + " batch_job_item d WHERE d.job_id = " + jobId + " AND d.item_key = m.item_key LIMIT 1) AS done",
                "SELECT item_key FROM batch_job_item WHERE job_id = " + jobId + " AND item_key IN",
                rs -> marked.add(rs.getString(1)));
        return marked;
    }

    /**
     * The chunk's done-markers in one statement (PostgreSQL: the keys and notes as two arrays; H2: one JDBC batch), not
     * an entity each: a chunk has up to {@link io.redress.jobs.domain.JobChunk#MAX} of them. Its effects' pending writes
     * go first, so that a marker a racing execution holds fails this chunk after them, as at the commit's flush.
     */
    private void markDone(long jobId, List<JobItem> todo, Map<String, String> notes, Instant now) {
        em.flush();
        List<String> keys = todo.stream().map(JobItem::key).toList();
        List<String> details = keys.stream().map(k -> JobItemDone.detail(notes.get(k))).toList();
        Timestamp at = Timestamp.from(now);
        String done = JobItemDone.Outcome.DONE.name();
        statements.write("job " + jobId + "'s done-markers", "INSERT INTO batch_job_item (job_id, item_key, outcome, detail,"
                + " done_at) SELECT ?, m.item_key, ?, m.detail, ? FROM unnest(CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]))"
                + " AS m(item_key, detail)", (ps, c) -> {
                    ps.setLong(1, jobId);
                    ps.setString(2, done);
                    ps.setTimestamp(3, at);
                    ps.setArray(4, c.createArrayOf("varchar", keys.toArray(String[]::new)));
                    ps.setArray(5, c.createArrayOf("varchar", details.toArray(String[]::new)));
                }, "INSERT INTO batch_job_item (job_id, item_key, outcome, detail, done_at) VALUES (?, ?, ?, ?, ?)",
                keys.size(), (ps, i) -> {
                    ps.setLong(1, jobId);
                    ps.setString(2, keys.get(i));
                    ps.setString(3, done);
                    ps.setString(4, details.get(i));
                    ps.setTimestamp(5, at);
                });
    }

    /**
     * The items of a chunk its work applies together ({@link io.redress.jobs.api.JobWork#together}), in order, as
     * contiguous runs of one phase each ({@link io.redress.jobs.api.JobWork#phase}).
     */
    public List<List<JobItem>> together(long jobId, List<JobItem> items) {
        BatchJob job = em.find(BatchJob.class, jobId);
        var work = jobs.work(job.kind());
        return JobLanes.phases(items.stream().filter(work::together).toList(), work::phase);
    }

    /**
     * The lanes a phase's items (a run of {@link #together}) are applied in: what the work allows for their phase
     * ({@link io.redress.jobs.api.JobWork#lanes}), between 1 and {@code most}.
     */
    public int lanes(long jobId, List<JobItem> phase, int most) {
        if (phase.isEmpty()) {
            return 1;
        }
        var work = jobs.work(em.find(BatchJob.class, jobId).kind());
        return Math.max(1, Math.min(most, work.lanes(work.phase(phase.get(0)), most)));
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
        progress(jobId, item, 1, 1);
    }

    /** {@code done} items more (of which {@code failed} refused), the cursor after {@code last} (null: where it is). */
    private void progress(long jobId, JobItem last, int done, int failed) {
        String cursor = last == null ? "" : ", item_cursor = ?";
        var update = em.createNativeQuery("UPDATE batch_job SET done = done + ?, failed = failed + ?" + cursor
                + ", heartbeat_at = CURRENT_TIMESTAMP WHERE id = " + jobId).setParameter(1, done).setParameter(2, failed);
        if (last != null) {
            update.setParameter(3, last.cursor());
        }
        update.executeUpdate();
    }
}
