package io.redress.api.cases;

import io.redress.api.support.JsonBody;
import io.redress.cases.application.ForbiddenTerms;
import io.redress.cases.domain.TermView;
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

/** The message check point's forbidden terms for confidential accounts (COMPLIANCE, ADMIN). */
@Path("v1/policy/forbidden-terms")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ForbiddenTermResource {

    @Inject
    ForbiddenTerms terms;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(summary = "The forbidden terms and why each is forbidden")
    public List<TermView> all() {
        return terms.all(actor.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a term, with the reason the agent will read when a message is stopped")
    public Response add(String body) {
        JsonBody in = JsonBody.parse(body, Set.of("term", "why"));
        String term = in.string("term");
        String why = in.string("why");
        in.throwIfInvalid(List.of());
        return Response.status(Response.Status.CREATED).entity(terms.add(actor.get(), term, why)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a term, with a written reason")
    public Response remove(@PathParam("id") long id, @QueryParam("reason") String reason) {
        terms.remove(actor.get(), id, reason);
        return Response.noContent().build();
    }
}
