package io.redress.jobs.api;

/**
 * A job's life: QUEUED until an execution starts, RUNNING until every item is dealt with (COMPLETED), STOPPED by a
 * person (until a person restarts it), FAILED when its execution failed (restarted at the next start of the server or
 * by a person). A crash leaves a job RUNNING: it is resumed, never started over.
 */
public enum JobState {
    QUEUED, RUNNING, STOPPED, FAILED, COMPLETED;

    public boolean finished() {
        return this == COMPLETED;
    }
}
