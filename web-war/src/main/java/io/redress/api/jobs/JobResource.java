package io.redress.api.jobs;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.jobs.api.JobView;
import io.redress.jobs.application.JobService;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Restartable jobs (Jakarta Batch underneath): progress, stop and restart. */
@Path("v1/jobs")
@Tag(name = "Jobs", description = "Restartable jobs with progress: each item dealt with exactly once, across stops, failures and crashes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @Inject
    JobService jobs;
    @Inject
    CurrentActor actor;

    @GET
    @Path("{id}")
    @Operation(operationId = "getJob",
            description = "Staff. 'done' counts items dealt with (each exactly once; 'failed' of them refused), 'total' the"
                    + " items counted at submission; 'percent' reaches 100 only when the job is COMPLETED.",
            summary = "A job's state and progress")
    @Requires(Permission.JOB_READ)
    public JobView get(@PathParam("id") long id) {
        return jobs.get(actor.get(), id);
    }

    @POST
    @Path("{id}/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stopJob",
            description = "SECURITY or SUPERVISOR. Stops at the next chunk boundary; the items done stay done.",
            summary = "Stop a queued or running job")
    @Requires(Permission.JOB_CONTROL)
    public JobView stop(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobBodies.Control.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version"));
        Long version = in.longValue("version");
        in.throwIfInvalid(List.of());
        return jobs.stop(actor.get(), id, version);
    }

    @POST
    @Path("{id}/restart")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "restartJob",
            description = "SECURITY or SUPERVISOR. Resumes after the last item dealt with: nothing is done twice.",
            summary = "Restart a stopped or failed job")
    @Requires(Permission.JOB_CONTROL)
    public JobView restart(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobBodies.Control.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version"));
        Long version = in.longValue("version");
        in.throwIfInvalid(List.of());
        return jobs.restart(actor.get(), id, version);
    }
}
