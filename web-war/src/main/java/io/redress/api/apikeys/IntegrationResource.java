package io.redress.api.apikeys;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.apikeys.api.IntegrationView;
import io.redress.apikeys.application.IntegrationCatalogue;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The managed list of third-party integrations customers give keys to; ADMIN keeps it. */
@Path("v1/integrations")
@Tag(name = "API keys", description = "The registry of the exchange's API keys, their third parties and the key policy")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationResource {

    @Inject
    IntegrationCatalogue catalogue;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listIntegrations", description = "Everyone: the exchange links keys by code; retired ones included.",
            summary = "The third-party integrations, by name")
    @Requires(Permission.INTEGRATION_READ)
    public List<IntegrationView> list() {
        return catalogue.list(actor.get());
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getIntegration", description = "404 for an unknown code.", summary = "One integration")
    @Requires(Permission.INTEGRATION_READ)
    public IntegrationView get(@PathParam("code") String code) {
        return catalogue.get(actor.get(), code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createIntegration", description = "ADMIN. 422 integration-exists for a code in use.",
            summary = "Add a third-party integration")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntegrationView.class)))
    @Requires(Permission.INTEGRATION_DEFINE)
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiKeyBodies.IntegrationCreation.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("code", "name"));
        String code = in.requiredString("code", "2 to 64 lower-case letters, digits or '-'");
        String name = in.requiredString("name", "its name");
        in.throwIfInvalid(List.of());
        IntegrationView created = catalogue.create(actor.get(), code, name);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameIntegration", description = "ADMIN; 'version' as read (409 if it changed).",
            summary = "Rename an integration")
    @Requires(Permission.INTEGRATION_DEFINE)
    public IntegrationView rename(@PathParam("code") String code,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeyBodies.IntegrationRename.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("name", "version"));
        String name = in.requiredString("name", "its new name");
        Long version = in.requiredLong("version");
        in.throwIfInvalid(List.of());
        return catalogue.rename(actor.get(), code, version, name);
    }

    @POST
    @Path("{code}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "retireIntegration",
            description = "ADMIN; 'version' as read. Keys linked before keep it; none is newly linked to it.",
            summary = "Retire an integration")
    @Requires(Permission.INTEGRATION_DEFINE)
    public IntegrationView retire(@PathParam("code") String code,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeyBodies.IntegrationRetirement.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "reason"));
        Long version = in.requiredLong("version");
        String reason = in.string("reason");
        in.throwIfInvalid(List.of());
        return catalogue.retire(actor.get(), code, version, reason);
    }
}
