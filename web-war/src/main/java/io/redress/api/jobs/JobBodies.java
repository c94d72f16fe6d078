package io.redress.api.jobs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies the job resource reads, as {@code /openapi} documents them. */
final class JobBodies {

    private JobBodies() {
    }

    @Schema(name = "JobControl", description = "Stopping or restarting a job")
    record Control(@Schema(description = "The job's version as read; 409 when it changed (absent: whatever it is now)")
                   Long version) {
    }
}
