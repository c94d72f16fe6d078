package io.redress.api.staff;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Role;
import io.redress.staff.application.StaffService;
import io.redress.staff.domain.StaffView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff accounts over REST, as IT departments script them (ADMIN only): what the staff screen does. */
@Path("v1/staff")
@Tag(name = "Staff", description = "Staff accounts and integration clients (ADMIN)")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffService staff;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listStaff", description = "ADMIN only.",
            summary = "Every staff member and integration client, with roles and whether enabled (ADMIN)")
    @Requires(Permission.STAFF_LIST)
    public List<StaffView> list() {
        return staff.list(actor.get());
    }

    @GET
    @Path("{username}")
    @Operation(operationId = "getStaff", description = "ADMIN only.", summary = "One staff member (ADMIN)")
    @Requires(Permission.STAFF_LIST)
    public StaffView get(@PathParam("username") String username) {
        return staff.get(actor.get(), username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStaff", description = "ADMIN only. The password is hashed at once and never shown again.",
            summary = "Create a staff member or integration client with roles and an initial password (ADMIN)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @Requires(Permission.STAFF_CREATE)
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffBodies.NewStaff.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("username", "displayName", "roles", "password"));
        String username = in.string("username");
        String displayName = in.string("displayName");
        EnumSet<Role> roles = in.enumSet("roles", Role.class);
        String password = in.string("password");
        in.throwIfInvalid(List.of());
        StaffView created = staff.create(actor.get(), username, displayName, roles == null ? EnumSet.noneOf(Role.class) : roles,
                password == null ? null : password.toCharArray());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{username}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "disableStaff", description = "ADMIN only; nobody disables themselves. Signs them out at once."
            + " The reason is required here (5 to 500 characters), for the audit trail.",
            summary = "Disable a staff member at once (ADMIN); send the version you read and why")
    @Requires(Permission.STAFF_DISABLE)
    public StaffView disable(@PathParam("username") String username,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffBodies.Change.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "reason"));
        Long version = in.requiredLong("version");
        String reason = in.string("reason");
        in.throwIfInvalid(List.of());
        return staff.disable(actor.get(), username, version, reason);
    }

    @POST
    @Path("{username}/enable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "enableStaff", description = "ADMIN only.",
            summary = "Enable a disabled staff member again (ADMIN); send the version you read and why")
    @Requires(Permission.STAFF_ENABLE)
    public StaffView enable(@PathParam("username") String username,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffBodies.Change.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "reason"));
        Long version = in.requiredLong("version");
        String reason = in.string("reason");
        in.throwIfInvalid(List.of());
        return staff.enable(actor.get(), username, version, reason);
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignStaffRoles", description = "ADMIN only; nobody removes their own ADMIN role.",
            summary = "Replace a staff member's roles (ADMIN); send the version you read and why")
    @Requires(Permission.STAFF_ASSIGN_ROLES)
    public StaffView roles(@PathParam("username") String username,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffBodies.Roles.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("roles", "version", "reason"));
        EnumSet<Role> roles = in.enumSet("roles", Role.class);
        Long version = in.requiredLong("version");
        String reason = in.string("reason");
        in.throwIfInvalid(List.of());
        return staff.assignRoles(actor.get(), username, roles == null ? EnumSet.noneOf(Role.class) : roles, version, reason);
    }
}
