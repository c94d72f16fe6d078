package io.redress.api.staff;

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

/** Staff accounts over REST, as IT departments script them (ADMIN only): what the staff screen does. */
@Path("v1/staff")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffService staff;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(summary = "Every staff member and integration client, with roles and whether enabled (ADMIN)")
    public List<StaffView> list() {
        return staff.list(actor.get());
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One staff member (ADMIN)")
    public StaffView get(@PathParam("username") String username) {
        return staff.get(actor.get(), username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff member or integration client with roles and an initial password (ADMIN)")
    public Response create(String body) {
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
    @Operation(summary = "Disable a staff member at once (ADMIN); send the version you read and why")
    public StaffView disable(@PathParam("username") String username, String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "reason"));
        Long version = in.requiredLong("version");
        String reason = in.string("reason");
        in.throwIfInvalid(List.of());
        return staff.disable(actor.get(), username, version, reason);
    }

    @POST
    @Path("{username}/enable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable a disabled staff member again (ADMIN); send the version you read and why")
    public StaffView enable(@PathParam("username") String username, String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "reason"));
        Long version = in.requiredLong("version");
        String reason = in.string("reason");
        in.throwIfInvalid(List.of());
        return staff.enable(actor.get(), username, version, reason);
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a staff member's roles (ADMIN); send the version you read and why")
    public StaffView roles(@PathParam("username") String username, String body) {
        JsonBody in = JsonBody.parse(body, Set.of("roles", "version", "reason"));
        EnumSet<Role> roles = in.enumSet("roles", Role.class);
        Long version = in.requiredLong("version");
        String reason = in.string("reason");
        in.throwIfInvalid(List.of());
        return staff.assignRoles(actor.get(), username, roles == null ? EnumSet.noneOf(Role.class) : roles, version, reason);
    }
}
