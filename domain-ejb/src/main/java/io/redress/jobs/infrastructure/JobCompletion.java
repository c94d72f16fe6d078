package io.redress.jobs.infrastructure;

import io.redress.jobs.application.JobService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** After the step: the job is completed when its reader ran out of items and the step ended without an error. */
@Named("redressJobCompletion")
@Dependent
public class JobCompletion extends AbstractStepListener {

    @Inject
    @BatchProperty(name = JobLauncher.JOB_PARAMETER)
    String jobIdParameter;
    @Inject
    StepContext step;
    @Inject
    JobService jobs;

    @Override
    public void afterStep() {
        if (JobItemReader.EXHAUSTED.equals(step.getTransientUserData()) && step.getException() == null) {
            jobs.completed(Long.parseLong(jobIdParameter));
        }
    }
}
