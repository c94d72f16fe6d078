package io.redress.jobs.infrastructure;

import io.redress.jobs.api.JobItem;
import io.redress.jobs.application.JobItemRunner;
import io.redress.shared.domain.RedressException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Applies each item of a chunk exactly once, each in a transaction of its own with its done-marker (so one refused
 * item never undoes the others, and nothing of the effects waits on the batch runtime's checkpoint).
 */
@Named("redressJobWriter")
@Dependent
public class JobItemWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = JobLauncher.JOB_PARAMETER)
    String jobIdParameter;
    @Inject
    JobItemRunner runner;

    @Override
    public void writeItems(List<Object> items) {
        long jobId = Long.parseLong(jobIdParameter);
        for (Object o : items) {
            JobItem item = (JobItem) o;
            try {
                runner.applyOnce(jobId, item);
            } catch (RedressException refused) {
                runner.recordFailure(jobId, item, refused.getMessage());
            }
        }
    }
}
