package io.redress.jobs.infrastructure;

import io.redress.jobs.api.JobItem;
import io.redress.jobs.application.JobItemRunner;
import io.redress.jobs.domain.JobLanes;
import io.redress.shared.application.Setting;
import io.redress.shared.domain.RedressException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the items of a chunk exactly once: for a chunked work, phase by phase ({@code JobWork.phase}), in one
 * transaction per lane ({@link JobLanes}: the phase's contiguous runs, applied at the same time, the first on the batch
 * thread, the others on {@link JobLaneThreads}), each with its items' done-markers; a lane that did not commit, and any
 * work that is not chunked, item by item, each in a transaction of its own (so one refused item never undoes the
 * others). Nothing of the effects waits on the batch
 * runtime's checkpoint, which it takes once every lane has ended.
 */
@Named("redressJobWriter")
@Dependent
public class JobItemWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(JobItemWriter.class.getName());

    @Inject
    @BatchProperty(name = JobLauncher.JOB_PARAMETER)
    String jobIdParameter;
    /** Set for a chunked work (see JobLauncher): the chunk's items in one transaction. */
    @Inject
    @BatchProperty(name = JobLauncher.CHUNK_PARAMETER)
    String chunkItems;
    @Inject
    JobItemRunner runner;
    @Inject
    @ConfigProperty(name = Setting.JOBS_LANES, defaultValue = "3")
    int lanes;
    @Inject
    JobLaneThreads threads;

    @Override
    public void writeItems(List<Object> items) {
        long jobId = Long.parseLong(jobIdParameter);
        List<JobItem> alone = items.stream().map(JobItem.class::cast).toList();
        if (chunkItems != null && !chunkItems.isBlank()) {
            Set<JobItem> dealt = new HashSet<>();
            for (List<JobItem> phase : runner.together(jobId, alone)) {
                // a phase's lanes, then the items of those that did not commit, before the next phase begins
                Set<JobItem> applied = applyInLanes(jobId, phase);
                for (JobItem item : phase) {
                    if (!applied.contains(item)) {
                        applyAlone(jobId, item);
                    }
                }
                dealt.addAll(phase);
            }
            alone = alone.stream().filter(i -> !dealt.contains(i)).toList();
        }
        for (JobItem item : alone) {
            applyAlone(jobId, item);
        }
    }

    /** One item in a transaction of its own; a refusal is recorded FAILED and the job goes on. */
    private void applyAlone(long jobId, JobItem item) {
        try {
            runner.applyOnce(jobId, item);
        } catch (RedressException refused) {
            runner.recordFailure(jobId, item, refused.getMessage());
        }
    }

    /**
     * The lanes of {@code together}, each in a transaction of its own, all at once; returns the items of the lanes that
     * committed. A lane that does not commit (an item refused, or anything else: a lock wait that timed out, a lost
     * connection) rolls back alone, and its items are left to be applied one by one, where a refusal is recorded and any
     * other failure fails the chunk as before. Returns only once every lane has ended.
     */
    private Set<JobItem> applyInLanes(long jobId, List<JobItem> together) {
        List<List<JobItem>> runs = JobLanes.split(together, runner.lanes(jobId, together, lanes));
        List<Future<Boolean>> later = new ArrayList<>();
        boolean[] committed = new boolean[runs.size()];
        try {
            for (List<JobItem> run : runs.subList(1, runs.size())) {
                later.add(threads.submit(() -> applyLane(jobId, run, false)));
            }
            committed[0] = applyLane(jobId, runs.get(0), true);
        } finally {
            for (int i = 0; i < later.size(); i++) {
                committed[i + 1] = endOf(later.get(i));
            }
        }
        Set<JobItem> applied = new HashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            if (committed[i]) {
                applied.addAll(runs.get(i));
            }
        }
        return applied;
    }

    /**
     * Whether a later lane committed, once it has ended: waited for even when this thread is interrupted (the interrupt
     * is kept), so that no lane commits after the chunk has returned.
     */
    private static boolean endOf(Future<Boolean> lane) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return lane.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    LOG.log(Level.WARNING, "A job lane ended abnormally; its items are applied one by one", e.getCause());
                    return false;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * One lane in a transaction of its own; false when it rolled back: an item was refused, or the lane failed otherwise
     * (its items are then applied one by one, each in a transaction of its own).
     */
    private boolean applyLane(long jobId, List<JobItem> lane, boolean movesCursor) {
        try {
            runner.applyChunk(jobId, lane, movesCursor);
            return true;
        } catch (RedressException refused) {
            LOG.log(Level.FINE, "Job " + jobId + ": a lane was refused; applying its items one by one", refused);
            return false;
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Job " + jobId + ": a lane of " + lane.size() + " items failed; applying them one by one", failed);
            return false;
        }
    }
}
