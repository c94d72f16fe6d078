package io.redress.jobs.application;

import io.redress.jobs.api.JobItem;
import io.redress.jobs.api.JobRun;
import io.redress.jobs.api.JobState;
import io.redress.jobs.api.JobView;
import io.redress.jobs.api.JobWork;
import io.redress.jobs.api.Jobs;
import io.redress.jobs.domain.BatchJob;
import io.redress.jobs.domain.JobChunk;
import io.redress.jobs.domain.JobProgress;
import io.redress.jobs.infrastructure.JobLauncher;
import io.redress.audit.application.AuditTrail;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.StaleVersion;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Restartable jobs: records them ({@link Jobs}), shows their progress, lets a person stop and restart them, and gives
 * the batch artifacts their pages and their run. Executions are started and restarted by {@link JobLauncher}.
 */
@Stateless
@Local(Jobs.class)
@LocalBean // also its own class: the launcher, the batch artifacts and the REST resource use more than Jobs
public class JobService implements Jobs {

    public static final String ENTITY = "Job";
    public static final Set<JobState> RESUMABLE = EnumSet.of(JobState.QUEUED, JobState.RUNNING, JobState.FAILED);
    /** {@link #RESUMABLE} as an SQL list of the stored names. */
    private static final String RESUMABLE_SQL = RESUMABLE.stream().map(s -> "'" + s.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    @Any
    Instance<JobWork> works;
    @Inject
    Event<JobSubmitted> submitted;
    @Inject
    JobLauncher launcher;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public JobView submit(Actor actor, String actingRole, String kind, String subject, Map<String, String> params) {
        JobWork work = work(kind);
        BatchJob job = new BatchJob(kind, subject, params, actor.name(), actingRole, clock.instant());
        em.persist(job);
        em.flush();
        job.counted(work.count(run(job)));
        em.flush();
        audit.record(actor, actingRole, "JOB_SUBMITTED", ENTITY, job.id().toString(), null,
                "{\"kind\":\"" + kind + "\",\"subject\":\"" + subject + "\",\"total\":" + job.total() + "}", null);
        submitted.fire(new JobSubmitted(job.id()));
        return view(job, null);
    }

    @Override
    public Optional<JobView> find(long jobId) {
        return Optional.ofNullable(em.find(BatchJob.class, jobId)).map(j -> view(j, launcher.statusOf(j.executionId(), j.id())));
    }

    @Override
    public List<JobView> forSubject(String subject) {
        return em.createNamedQuery(BatchJob.FOR_SUBJECT, BatchJob.class).setParameter("subject", subject).setMaxResults(100)
                .getResultStream().map(j -> view(j, null)).toList();
    }

    /** GET /api/v1/jobs/{id}: staff. */
    public JobView get(Actor actor, long jobId) {
        access.require(actor, Permission.JOB_READ);
        return find(jobId).orElseThrow(() -> new NotFound(ENTITY, Long.toString(jobId)));
    }

    /** A person stops a running job at its next chunk; it stays stopped until a person restarts it. */
    public JobView stop(Actor actor, long jobId, Long expectedVersion) {
        String role = access.require(actor, Permission.JOB_CONTROL);
        BatchJob job = load(jobId, expectedVersion);
        if (job.state() != JobState.RUNNING && job.state() != JobState.QUEUED) {
            throw new RuleViolation("job-state", "Only a queued or running job can be stopped; this one is " + job.state());
        }
        String before = snapshot(job);
        job.stopped(clock.instant());
        flush(job);
        audit.record(actor, role, "JOB_STOPPED", ENTITY, job.id().toString(), before, snapshot(job), null);
        launcher.stopExecution(job.executionId(), job.id());
        return view(job, null);
    }

    /** A person restarts a stopped or failed job: it resumes after the last item it dealt with. */
    public JobView restart(Actor actor, long jobId, Long expectedVersion) {
        String role = access.require(actor, Permission.JOB_CONTROL);
        BatchJob job = load(jobId, expectedVersion);
        JobState state = effectiveState(job, launcher.statusOf(job.executionId(), job.id()));
        if (state != JobState.STOPPED && state != JobState.FAILED) {
            throw new RuleViolation("job-state", "Only a stopped or failed job can be restarted; this one is " + state);
        }
        String before = snapshot(job);
        job.released();
        flush(job);
        audit.record(actor, role, "JOB_RESTARTED", ENTITY, job.id().toString(), before, snapshot(job), null);
        submitted.fire(new JobSubmitted(job.id()));
        return view(job, null);
    }

    // ---- for the launcher and the batch artifacts

    /**
     * Takes the job to run it here; false when it is finished, stopped by a person, or was taken meanwhile. One
     * conditional UPDATE, so two instances (or a person's stop) racing for the job cannot both win. Taking a job and
     * recording its execution do not move its version: the version a person read stays good for stopping it while it
     * starts; only what people do and the job's outcome move it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long jobId, String owner, String expectedOwner) {
        // native SQL: EclipseLink's JPQL bulk UPDATE would move the version
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        var take = em.createNativeQuery("UPDATE batch_job SET owner = ?, heartbeat_at = ?, state = 'RUNNING',"
                        + " executions = executions + 1, started_at = COALESCE(started_at, ?)"
                        + " WHERE id = ? AND state IN (" + RESUMABLE_SQL + ") AND "
                        + (expectedOwner == null ? "owner IS NULL" : "owner = ?"))
                .setParameter(1, owner).setParameter(2, now).setParameter(3, now).setParameter(4, jobId);
        if (expectedOwner != null) {
            take.setParameter(5, expectedOwner);
        }
        return take.executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long executionOf(long jobId) {
        BatchJob job = em.find(BatchJob.class, jobId);
        return job == null ? null : job.executionId();
    }

    /**
     * How many items the job deals with per chunk, in one transaction, for a {@link JobWork#chunked} work:
     * {@link JobChunk} of its total; 0 for a work whose items are applied one at a time, each in its own transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int chunkItems(long jobId) {
        BatchJob job = em.find(BatchJob.class, jobId);
        return job != null && work(job.kind()).chunked() ? JobChunk.size(job.total()) : 0;
    }

    /** Records the execution now running the job, whatever a person did meanwhile (a stop still finds it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void executing(long jobId, long executionId) {
        em.createNativeQuery("UPDATE batch_job SET execution_id = ? WHERE id = ?")
                .setParameter(1, executionId).setParameter(2, jobId).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long jobId, String error) {
        BatchJob job = em.find(BatchJob.class, jobId);
        if (job != null && job.state() == JobState.RUNNING) {
            job.failed(error, clock.instant());
        }
    }

    /** Jobs this owner should resume: not finished, not stopped by a person, and their owner gone. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Orphan> orphans(String me, String myPrefix, Instant staleBefore) {
        return em.createNamedQuery(BatchJob.UNFINISHED, BatchJob.class).setParameter("states", RESUMABLE).getResultStream()
                .filter(j -> !me.equals(j.owner()))
                // this server and application before a restart; a job never claimed; another instance gone silent
                .filter(j -> j.owner() == null || j.owner().startsWith(myPrefix) || j.heartbeatAt() == null
                        || j.heartbeatAt().isBefore(staleBefore))
                .map(j -> new Orphan(j.id(), j.owner())).toList();
    }

    /** A job to take over from {@code owner} (null: nobody ran it yet). */
    public record Orphan(long jobId, String owner) {
    }

    /** The next page of the job's items after {@code cursor} (null: after the last item that committed). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Page page(long jobId, String cursor, int max) {
        BatchJob job = em.find(BatchJob.class, jobId);
        if (job == null || job.state() != JobState.RUNNING) {
            return new Page(List.of(), job == null || job.state() == JobState.STOPPED);
        }
        String from = cursor != null ? cursor : job.cursor();
        return new Page(work(job.kind()).next(run(job), from, max), false);
    }

    /** A page of items, or {@code halted} when the job was stopped meanwhile (by a person, possibly elsewhere). */
    public record Page(List<JobItem> items, boolean halted) {
    }

    /** The reader found no more items and every chunk committed: the job is done. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void completed(long jobId) {
        BatchJob job = em.find(BatchJob.class, jobId);
        if (job == null || job.state() != JobState.RUNNING) {
            return;
        }
        work(job.kind()).completed(run(job));
        String before = snapshot(job);
        job.completed(clock.instant());
        em.flush();
        em.refresh(job);
        audit.record(Actor.system(), "SYSTEM", "JOB_COMPLETED", ENTITY, job.id().toString(), before, snapshot(job), null);
    }

    public JobRun run(BatchJob job) {
        Set<Role> roles = EnumSet.of(Role.valueOf(job.actingRole()));
        return new JobRun(job.id(), job.kind(), job.subject(), job.params(),
                new Actor(job.requestedBy(), roles, "job " + job.id()));
    }

    public JobWork work(String kind) {
        for (JobWork w : works) {
            if (w.kind().equals(kind)) {
                return w;
            }
        }
        throw new IllegalStateException("no JobWork of kind " + kind);
    }

    private BatchJob load(long jobId, Long expectedVersion) {
        BatchJob job = em.find(BatchJob.class, jobId);
        if (job == null) {
            throw new NotFound(ENTITY, Long.toString(jobId));
        }
        if (expectedVersion != null && job.version() != expectedVersion) {
            throw new StaleVersion(ENTITY, Long.toString(jobId), expectedVersion, job.version());
        }
        return job;
    }

    private void flush(BatchJob job) {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new StaleVersion(ENTITY + " " + job.id() + " moved on meanwhile; read it again");
        }
    }

    private static String snapshot(BatchJob j) {
        return "{\"state\":\"" + j.state() + "\",\"done\":" + j.done() + ",\"failed\":" + j.failedItems() + ",\"total\":"
                + j.total() + ",\"executions\":" + j.executions() + "}";
    }

    /**
     * A job this instance runs whose execution failed or ended without finishing its items (a database outage, a
     * stop outside Redress) shows FAILED: restartable by a person, and by the next start of the server.
     */
    JobState effectiveState(BatchJob j, String executionStatus) {
        boolean ended = "FAILED".equals(executionStatus) || "STOPPED".equals(executionStatus)
                || "ABANDONED".equals(executionStatus) || "COMPLETED".equals(executionStatus);
        return j.state() == JobState.RUNNING && ended && launcher.owner().equals(j.owner()) ? JobState.FAILED : j.state();
    }

    JobView view(BatchJob j, String executionStatus) {
        return new JobView(j.id(), j.kind(), j.subject(), effectiveState(j, executionStatus), j.total(), j.done(), j.failedItems(),
                JobProgress.percent(j.done(), j.total(), j.state() == JobState.COMPLETED), j.executions(),
                executionStatus, j.lastError(), j.requestedBy(), j.createdAt(), j.startedAt(), j.finishedAt(),
                j.heartbeatAt(), j.version());
    }
}
