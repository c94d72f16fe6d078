package io.redress.jobs.api;

import io.redress.shared.domain.Actor;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Restartable jobs with progress (Jakarta Batch underneath): a context submits work of a kind it implements as a
 * {@link JobWork}, and reads its progress back. The caller authorizes the submission; the job acts as {@code actor}.
 */
public interface Jobs {

    /**
     * Records a job in the caller's transaction; its execution starts once that transaction commits (not at all if it
     * rolls back). {@code params}: names and values without line breaks or '='.
     */
    JobView submit(Actor actor, String actingRole, String kind, String subject, Map<String, String> params);

    Optional<JobView> find(long jobId);

    /** The jobs of a subject, newest first. */
    List<JobView> forSubject(String subject);
}
