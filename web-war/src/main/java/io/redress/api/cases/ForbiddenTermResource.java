package io.redress.api.cases;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.messaging.application.ForbiddenTerms;
import io.redress.messaging.domain.TermView;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The message check point's forbidden terms for confidential accounts (COMPLIANCE, ADMIN). */
@Tag(name = "Forbidden terms", description = "The check point's forbidden terms for confidential accounts")
@Path("v1/policy/forbidden-terms")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ForbiddenTermResource {

    @Inject
    ForbiddenTerms terms;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listForbiddenTerms",
            description = "COMPLIANCE, ADMIN; read also SUPERVISOR, AUDITOR.",
            summary = "The forbidden terms and why each is forbidden")
    @Requires(Permission.TERMS_READ)
    public List<TermView> all() {
        return terms.all(actor.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addForbiddenTerm",
            description = "COMPLIANCE, ADMIN. A term already on the list is refused.",
            summary = "Add a term, with the reason the agent will read when a message is stopped")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TermView.class)))
    @Requires(Permission.TERMS_CHANGE)
    public Response add(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseBodies.Term.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("term", "why"));
        String term = in.string("term");
        String why = in.string("why");
        in.throwIfInvalid(List.of());
        return Response.status(Response.Status.CREATED).entity(terms.add(actor.get(), term, why)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeForbiddenTerm",
            description = "COMPLIANCE, ADMIN; the reason (at least 10 characters) is audited.",
            summary = "Remove a term, with a written reason")
    @APIResponse(responseCode = "204", description = "Removed")
    @Requires(Permission.TERMS_CHANGE)
    public Response remove(@PathParam("id") long id, @QueryParam("reason") String reason) {
        terms.remove(actor.get(), id, reason);
        return Response.noContent().build();
    }
}
