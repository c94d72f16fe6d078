package io.redress.jobs.infrastructure;

import io.redress.jobs.application.JobService;
import io.redress.shared.application.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts, restarts and stops the Jakarta Batch executions of Redress's jobs, always outside a transaction (a job
 * started from inside one can fail in Payara's batch runtime). A job submitted in a transaction starts once it has
 * committed. At start-up (a few seconds after deployment) and every 30 s, jobs left unfinished by an instance that is
 * gone — this server before a restart or a crash, or another instance silent for longer than
 * {@code redress.jobs.stale-after-seconds} — are taken over: a STOPPED or FAILED execution is restarted from its
 * checkpoint, one left STARTED by a kill (which Jakarta Batch can neither restart nor abandon) is replaced by a new
 * execution that starts after the last item that committed. The items' done-markers make either way exactly-once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobLauncher {

    public static final String JOB_XML = "redress-job";
    public static final String JOB_PARAMETER = "redressJobId";
    /** Items per chunk of a chunked work, from the job's size ({@code JobChunk}); absent: 10, applied one by one. */
    public static final String CHUNK_PARAMETER = "redressChunkItems";
    private static final Logger LOG = Logger.getLogger(JobLauncher.class.getName());

    @Inject
    JobService jobs;
    @Inject
    Clock clock;
    @Resource
    TimerService timers;
    @Inject
    @ConfigProperty(name = Setting.JOBS_STALE_AFTER_SECONDS, defaultValue = "120")
    long staleAfterSeconds;

    private String prefix;
    private String owner;

    @PostConstruct
    void init() {
        prefix = System.getProperty(Setting.SERVER_INSTANCE_NAME, "server") + "/" + applicationName() + "/";
        owner = prefix + UUID.randomUUID();
        timers.createSingleActionTimer(3000, new TimerConfig("resume jobs after start", false));
    }

    /** This instance's name for the jobs it runs: server, application, and this start's own id. */
    public String owner() {
        return owner;
    }

    @Timeout
    void afterStart() {
        resumeOrphans();
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void sweep() {
        resumeOrphans();
    }

    /** Takes over the jobs whose owner is gone; returns how many were resumed. */
    public int resumeOrphans() {
        int resumed = 0;
        try {
            for (JobService.Orphan o : jobs.orphans(owner, prefix, clock.instant().minus(Duration.ofSeconds(staleAfterSeconds)))) {
                LOG.info(() -> "Resuming job " + o.jobId() + " left by " + (o.owner() == null ? "nobody" : o.owner()));
                resumed += launch(o.jobId(), o.owner()) ? 1 : 0;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Resuming jobs failed; next sweep in 30 s", e);
        }
        return resumed;
    }

    /** Claims the job (if its owner is still {@code expectedOwner}) and starts or restarts its execution. */
    public synchronized boolean launch(long jobId, String expectedOwner) {
        try {
            if (!jobs.claim(jobId, owner, expectedOwner)) {
                return false;
            }
        } catch (RuntimeException e) {
            // another instance took it at the same moment (its version moved): it is theirs
            LOG.log(Level.FINE, "Job " + jobId + " taken by someone else", e);
            return false;
        }
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            Properties params = new Properties();
            params.setProperty(JOB_PARAMETER, Long.toString(jobId));
            int chunk = jobs.chunkItems(jobId);
            if (chunk > 0) {
                // a chunked work: its chunk's items in one transaction; otherwise the job's 10 items a chunk, one by one
                params.setProperty(CHUNK_PARAMETER, Integer.toString(chunk));
            }
            Long previous = jobs.executionOf(jobId);
            BatchStatus status = previous == null ? null : status(operator, previous, jobId);
            long execution = status == BatchStatus.STOPPED || status == BatchStatus.FAILED
                    ? operator.restart(previous, params)
                    : operator.start(JOB_XML, params);
            jobs.executing(jobId, execution);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + jobId + " could not be started", e);
            jobs.failed(jobId, "could not be started: " + e);
            return false;
        }
    }

    /** Stops the execution at its next chunk boundary (when it runs here; elsewhere its reader sees the job STOPPED). */
    public void stopExecution(Long executionId, long jobId) {
        if (executionId == null) {
            return;
        }
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            BatchStatus status = status(operator, executionId, jobId);
            if (status == BatchStatus.STARTED || status == BatchStatus.STARTING) {
                operator.stop(executionId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Execution " + executionId + " not stopped here: its reader will halt", e);
        }
    }

    /** The batch status of the job's execution as this instance's batch runtime knows it, or null. */
    public String statusOf(Long executionId, long jobId) {
        if (executionId == null) {
            return null;
        }
        BatchStatus s = status(BatchRuntime.getJobOperator(), executionId, jobId);
        return s == null ? null : s.name();
    }

    /**
     * The execution's status, or null when this runtime does not know it or it is not this job's: execution ids are
     * the batch repository's own, and a repository created afresh (a new domain) hands the same numbers out again.
     */
    private static BatchStatus status(JobOperator operator, long executionId, Long jobId) {
        try {
            if (jobId != null && !jobId.toString().equals(operator.getParameters(executionId).getProperty(JOB_PARAMETER))) {
                return null;
            }
            return operator.getJobExecution(executionId).getBatchStatus();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String applicationName() {
        try {
            return (String) new InitialContext().lookup("java:app/AppName");
        } catch (NamingException e) {
            return "redress";
        }
    }
}
