package io.redress.api.incidents;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.incidents.application.IncidentService;
import io.redress.incidents.domain.ActionView;
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

/** An incident's bulk action: read with its job's progress, approved or rejected by a second person. */
@Path("v1/incident-actions")
@Tag(name = "Incidents", description = "Third-party incidents, their blast radius and their bulk actions (four eyes, run as restartable jobs)")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class IncidentActionResource {

    @Inject
    IncidentService incidents;
    @Inject
    CurrentActor actor;

    @GET
    @Path("{id}")
    @Operation(operationId = "getIncidentAction", description = "Staff.", summary = "A bulk action with its job's progress")
    @Requires(Permission.INCIDENT_READ)
    public ActionView get(@PathParam("id") long id) {
        return incidents.action(actor.get(), id);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveIncidentAction",
            description = "SECURITY or SUPERVISOR, never the requester (four-eyes); the incident must be open. The job"
                    + " starts once the approval has committed: follow it at GET /api/v1/jobs/{jobId}.",
            summary = "Approve a bulk action: its restartable job starts")
    @Requires(Permission.INCIDENT_ACTION_APPROVE)
    public ActionView approve(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IncidentBodies.Decision.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "note"));
        Long version = in.requiredLong("version");
        String note = in.string("note");
        in.throwIfInvalid(List.of());
        return incidents.approve(actor.get(), id, version, note);
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectIncidentAction",
            description = "SECURITY or SUPERVISOR, never the requester. The note says why, in at least 10 characters"
                    + " (as a restriction request's rejection does): without it, 400 naming `note`. The action never runs.",
            summary = "Reject a bulk action, with a written reason")
    @Requires(Permission.INCIDENT_ACTION_APPROVE)
    public ActionView reject(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IncidentBodies.Rejection.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "note"));
        Long version = in.requiredLong("version");
        String note = in.string("note");
        in.throwIfInvalid(List.of());
        return incidents.reject(actor.get(), id, version, note);
    }
}
