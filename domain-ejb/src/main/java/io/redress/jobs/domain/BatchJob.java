package io.redress.jobs.domain;

import io.redress.jobs.api.JobState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;

/**
 * Redress's record of a restartable job. What people do to it and its outcome change it here under its version; an
 * instance taking it and the execution running it are recorded by conditional UPDATEs in {@code JobService}, and its
 * progress (done, failed, cursor, heartbeat) moves with each item in the item's own transaction (one UPDATE beside the item's done-marker), so the
 * progress read is exactly what has committed.
 */
@Entity
@Table(name = "batch_job")
@NamedQuery(name = BatchJob.FOR_SUBJECT, query = "SELECT j FROM BatchJob j WHERE j.subject = :subject ORDER BY j.id DESC")
@NamedQuery(name = BatchJob.UNFINISHED, query = "SELECT j FROM BatchJob j WHERE j.state IN :states ORDER BY j.id")
public class BatchJob {

    public static final String FOR_SUBJECT = "BatchJob.forSubject";
    public static final String UNFINISHED = "BatchJob.unfinished";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "batch_job_seq")
    @SequenceGenerator(name = "batch_job_seq", sequenceName = "batch_job_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String kind;
    @Column(nullable = false, updatable = false)
    private String subject;
    @Column(nullable = false, updatable = false)
    private String params;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobState state;
    @Column(nullable = false)
    private long total;
    @Column(nullable = false, updatable = false)
    private long done;
    @Column(nullable = false, updatable = false)
    private long failed;
    @Column(name = "item_cursor", updatable = false)
    private String cursor;
    @Column(name = "execution_id")
    private Long executionId;
    @Column(nullable = false)
    private int executions;
    private String owner;
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;
    @Column(name = "acting_role", nullable = false, updatable = false)
    private String actingRole;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Version
    private long version;

    protected BatchJob() {
    }

    public BatchJob(String kind, String subject, Map<String, String> params, String requestedBy, String actingRole,
                    Instant now) {
        this.kind = kind;
        this.subject = subject;
        this.params = JobParams.write(params);
        this.state = JobState.QUEUED;
        this.requestedBy = requestedBy;
        this.actingRole = actingRole;
        this.createdAt = now;
    }

    public void counted(long total) {
        this.total = total;
    }

    /** A person restarts it: queued again, for whichever instance takes it. */
    public void released() {
        this.owner = null;
        this.state = JobState.QUEUED;
    }

    public void stopped(Instant now) {
        this.state = JobState.STOPPED;
        this.heartbeatAt = now;
    }

    public void failed(String error, Instant now) {
        this.state = JobState.FAILED;
        this.lastError = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
        this.heartbeatAt = now;
    }

    public void completed(Instant now) {
        this.state = JobState.COMPLETED;
        this.finishedAt = now;
        this.heartbeatAt = now;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public Map<String, String> params() {
        return JobParams.read(params);
    }

    public JobState state() {
        return state;
    }

    public long total() {
        return total;
    }

    public long done() {
        return done;
    }

    public long failedItems() {
        return failed;
    }

    public String cursor() {
        return cursor;
    }

    public Long executionId() {
        return executionId;
    }

    public int executions() {
        return executions;
    }

    public String owner() {
        return owner;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    public String lastError() {
        return lastError;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String actingRole() {
        return actingRole;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public long version() {
        return version;
    }
}
