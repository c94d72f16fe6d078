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
 * Applies the items of a chunk exactly once: for a chunked work, in one transaction per lane ({@link JobLanes}: the
 * chunk's contiguous runs, applied at the same time, the first on the batch thread, the others on {@link JobLaneThreads}),
 * each with its items' done-markers; a lane with a refused item, and any work that is not chunked, item by item, each
 * in a transaction of its own (so one refused item never undoes the others). Nothing of the effects waits on the batch
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
    @ConfigProperty(name = Setting.JOBS_LANES, defaultValue = "2")
    int lanes;
    @Inject
    JobLaneThreads threads;

    @Override
    public void writeItems(List<Object> items) throws InterruptedException {
        long jobId = Long.parseLong(jobIdParameter);
        List<JobItem> alone = items.stream().map(JobItem.class::cast).toList();
        if (chunkItems != null && !chunkItems.isBlank()) {
            Set<JobItem> applied = applyInLanes(jobId, runner.together(jobId, alone));
            alone = alone.stream().filter(i -> !applied.contains(i)).toList();
        }
        for (JobItem item : alone) {
            try {
                runner.applyOnce(jobId, item);
            } catch (RedressException refused) {
                runner.recordFailure(jobId, item, refused.getMessage());
            }
        }
    }

    /**
     * The lanes of {@code together}, each in a transaction of its own, all at once; returns the items of the lanes that
     * committed. A lane with a refused item rolls back alone and its items are left to be applied one by one; any other
     * failure of a lane fails the chunk once every lane has ended (the lanes that committed stay, marked done).
     */
    private Set<JobItem> applyInLanes(long jobId, List<JobItem> together) throws InterruptedException {
        List<List<JobItem>> runs = JobLanes.split(together, lanes);
        List<Future<Boolean>> later = new ArrayList<>();
        for (List<JobItem> run : runs.subList(1, runs.size())) {
            later.add(threads.submit(() -> applyLane(jobId, run, false)));
        }
        RuntimeException failure = null;
        boolean[] committed = new boolean[runs.size()];
        try {
            committed[0] = applyLane(jobId, runs.get(0), true);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (int i = 0; i < later.size(); i++) {
            try {
                committed[i + 1] = later.get(i).get();
            } catch (ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        Set<JobItem> applied = new HashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            if (committed[i]) {
                applied.addAll(runs.get(i));
            }
        }
        return applied;
    }

    /** One lane in a transaction of its own; false when an item was refused and the lane rolled back. */
    private boolean applyLane(long jobId, List<JobItem> lane, boolean movesCursor) {
        try {
            runner.applyChunk(jobId, lane, movesCursor);
            return true;
        } catch (RedressException refused) {
            LOG.log(Level.FINE, "Job " + jobId + ": a chunk was refused; applying its items one by one", refused);
            return false;
        }
    }
}
