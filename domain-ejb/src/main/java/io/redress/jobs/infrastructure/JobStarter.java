package io.redress.jobs.infrastructure;

import io.redress.jobs.application.JobSubmitted;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts a submitted (or restarted) job once the transaction that recorded it has committed, on a managed thread of
 * its own: not in the committing thread, whose finished transaction an EJB call would try to suspend and resume, and
 * without holding up the request that approved it.
 */
@ApplicationScoped
public class JobStarter {

    @Resource
    ManagedExecutorService executor;
    @Inject
    JobLauncher launcher;

    void onSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobSubmitted submitted) {
        executor.execute(() -> launcher.launch(submitted.jobId(), null));
    }
}
