package io.redress.api.alerts;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.alerts.application.AlertDesk;
import io.redress.alerts.application.AlertDesk.AlertPage;
import io.redress.alerts.domain.AlertState;
import io.redress.alerts.domain.AlertView;
import io.redress.api.support.JsonBody;
import io.redress.api.support.QueryParams;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The alert inbox for staff: each alert for the role that must act on it; acknowledge, assign, resolve. */
@Path("v1/alerts")
@Tag(name = "Alerts", description = "Whatever needs a person's attention, for the role that must act")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    @Inject
    AlertDesk desk;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listAlerts", description = "Staff: each sees the alerts of their roles, auditors all."
            + " state: OPEN, ACKNOWLEDGED, RESOLVED; size 1 to 200.",
            summary = "The alerts of the caller's roles (auditors: all), newest first, keyset-paged: pass 'next' as 'after'")
    @Requires(Permission.ALERT_READ)
    public AlertPage list(@QueryParam("state") String state, @QueryParam("role") String role, @QueryParam("kind") String kind,
                          @QueryParam("after") String after, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        AlertState s = QueryParams.optionalEnum(AlertState.class, "state", state, errors);
        Role r = QueryParams.optionalEnum(Role.class, "role", role, errors);
        Long cursor = QueryParams.optionalLong("after", after, 1, Long.MAX_VALUE, errors);
        Long pageSize = QueryParams.optionalLong("size", size, 1, AlertDesk.MAX_PAGE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return desk.list(actor.get(), s, r, kind, cursor, pageSize == null ? 50 : pageSize.intValue());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAlert", description = "404 for an alert of a role the caller does not hold.",
            summary = "One alert")
    @Requires(Permission.ALERT_READ)
    public AlertView get(@PathParam("id") long id) {
        return desk.get(actor.get(), id);
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeAlert", description = "Members of the alert's role.",
            summary = "Take the alert on, with an optional note; 'version' is the version read (409 if it changed)")
    @Requires(Permission.ALERT_ACT)
    public AlertView acknowledge(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AlertBodies.Acknowledgement.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "note"));
        Long version = in.requiredLong("version");
        String note = in.string("note");
        in.throwIfInvalid(List.of());
        return desk.acknowledge(actor.get(), id, version, note);
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveAlert", description = "Members of the alert's role.",
            summary = "Resolve the alert, saying what was done in 'note'; 'version' as read (409 if it changed)")
    @Requires(Permission.ALERT_ACT)
    public AlertView resolve(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AlertBodies.Resolution.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "note"));
        Long version = in.requiredLong("version");
        String note = in.requiredString("note", "what was done");
        in.throwIfInvalid(List.of());
        return desk.resolve(actor.get(), id, version, note);
    }

    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignAlert", description = "Members of the alert's role; the assignee must hold it too.",
            summary = "Assign the alert to a member of the role that must act ('assignee' null: unassign)")
    @Requires(Permission.ALERT_ACT)
    public AlertView assign(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AlertBodies.Assignment.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "assignee"));
        Long version = in.requiredLong("version");
        String assignee = in.string("assignee");
        in.throwIfInvalid(List.of());
        return desk.assign(actor.get(), id, version, assignee);
    }
}
