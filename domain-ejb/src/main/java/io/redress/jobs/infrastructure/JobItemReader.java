package io.redress.jobs.infrastructure;

import io.redress.jobs.api.JobItem;
import io.redress.jobs.application.JobService;
import io.redress.shared.application.Setting;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a job's items page by page from its work. Its checkpoint is the cursor of the last item read, committed by
 * the batch runtime with each chunk; a new execution after a crash (no checkpoint) starts after the last item whose
 * own transaction committed (the job's row keeps it).
 */
@Named("redressJobReader")
@Dependent
public class JobItemReader extends AbstractItemReader {

    /** Set on the step when the work has no more items: only then is the job completed. */
    static final String EXHAUSTED = "exhausted";

    @Inject
    @BatchProperty(name = JobLauncher.JOB_PARAMETER)
    String jobIdParameter;
    @Inject
    StepContext step;
    @Inject
    JobService jobs;
    @Inject
    @BatchProperty(name = JobLauncher.CHUNK_PARAMETER)
    String chunkItems;
    @Inject
    @ConfigProperty(name = Setting.JOBS_CHUNK_SIZE, defaultValue = "50")
    int pageSize;

    private long jobId;
    private String cursor;
    private final Deque<JobItem> buffer = new ArrayDeque<>();
    private boolean finished;

    @Override
    public void open(Serializable checkpoint) {
        jobId = Long.parseLong(jobIdParameter);
        cursor = (String) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !finished) {
            // a page holds at least a chunk: one read of the work per chunk
            int chunk = chunkItems == null || chunkItems.isBlank() ? 0 : Integer.parseInt(chunkItems.strip());
            JobService.Page page = jobs.page(jobId, cursor, Math.max(pageSize, chunk));
            buffer.addAll(page.items());
            if (page.items().isEmpty()) {
                finished = true;
                if (!page.halted()) {
                    step.setTransientUserData(EXHAUSTED);
                }
            }
        }
        JobItem next = buffer.poll();
        if (next != null) {
            cursor = next.cursor();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return cursor;
    }
}
