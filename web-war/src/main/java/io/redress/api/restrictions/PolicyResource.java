package io.redress.api.restrictions;

import io.redress.api.support.JsonBody;
import io.redress.restrictions.application.ReasonCatalogue;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.ReasonDefinition;
import io.redress.restrictions.domain.ReasonView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Role;
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

/** The policy catalogue of restriction reasons. */
@Path("v1/policy/reasons")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private static final Set<String> FIELDS = Set.of("code", "title", "termsClause", "measures", "requiredEvidence",
            "approverRole", "minWindowDays", "noticeText", "disclosable", "version");

    @Inject
    ReasonCatalogue catalogue;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(summary = "Every reason: its terms clause, the measures it justifies, evidence, approver role, minimum window")
    public List<ReasonView> list() {
        return catalogue.list(actor.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a reason (ADMIN). Reasons about public criticism or complaining are refused.")
    public Response define(String body) {
        JsonBody in = JsonBody.parse(body, FIELDS);
        ReasonDefinition d = definition(in, in.string("code"));
        in.throwIfInvalid(List.of());
        return Response.status(201).entity(catalogue.define(actor.get(), d)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a reason (ADMIN); send the version you read")
    public ReasonView redefine(@PathParam("code") String code, String body) {
        JsonBody in = JsonBody.parse(body, FIELDS);
        ReasonDefinition d = definition(in, code);
        Long version = in.requiredLong("version");
        in.throwIfInvalid(List.of());
        return catalogue.redefine(actor.get(), code, d, version);
    }

    private static ReasonDefinition definition(JsonBody in, String code) {
        EnumSet<Measure> set = in.enumSet("measures", Measure.class);
        Boolean disclosable = in.bool("disclosable");
        return new ReasonDefinition(code, in.string("title"), in.string("termsClause"), set, in.string("requiredEvidence"),
                in.enumValue("approverRole", Role.class), in.integer("minWindowDays"), in.string("noticeText"), disclosable);
    }
}
