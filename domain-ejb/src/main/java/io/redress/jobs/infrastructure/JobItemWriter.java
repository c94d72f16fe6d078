package io.redress.jobs.infrastructure;

import io.redress.jobs.api.JobItem;
import io.redress.jobs.application.JobItemRunner;
import io.redress.shared.domain.RedressException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies the items of a chunk exactly once: for a chunked work, all of them in one transaction of their own with
 * their done-markers, and if any is refused, or for any other work, each in a transaction of its own (so one refused item never undoes the others). Nothing of the
 * effects waits on the batch runtime's checkpoint.
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

    @Override
    public void writeItems(List<Object> items) {
        long jobId = Long.parseLong(jobIdParameter);
        List<JobItem> alone = items.stream().map(JobItem.class::cast).toList();
        if (chunkItems != null && !chunkItems.isBlank()) {
            List<JobItem> together = runner.together(jobId, alone);
            try {
                runner.applyChunk(jobId, together);
                Set<JobItem> applied = new HashSet<>(together);
                alone = alone.stream().filter(i -> !applied.contains(i)).toList();
            } catch (RedressException refused) {
                // some item of the chunk was refused (and the chunk rolled back): each item alone, so the others go on
                LOG.log(Level.FINE, "Job " + jobId + ": a chunk was refused; applying its items one by one", refused);
            }
        }
        for (JobItem item : alone) {
            try {
                runner.applyOnce(jobId, item);
            } catch (RedressException refused) {
                runner.recordFailure(jobId, item, refused.getMessage());
            }
        }
    }
}
