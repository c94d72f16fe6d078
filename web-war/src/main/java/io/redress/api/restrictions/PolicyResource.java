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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The policy catalogue of restriction reasons. */
@Tag(name = "Policy", description = "The catalogue of restriction reasons")
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
    @Operation(operationId = "listReasons",
            description = "Everyone may read it.",
            summary = "Every reason: its terms clause, the measures it justifies, evidence, approver role, minimum window")
    public List<ReasonView> list() {
        return catalogue.list(actor.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "defineReason",
            description = "ADMIN. The code must be new.",
            summary = "Add a reason (ADMIN). Reasons about public criticism or complaining are refused.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReasonView.class)))
    public Response define(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionBodies.Reason.class))) String body) {
        JsonBody in = JsonBody.parse(body, FIELDS);
        ReasonDefinition d = definition(in, in.string("code"));
        in.throwIfInvalid(List.of());
        return Response.status(201).entity(catalogue.define(actor.get(), d)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redefineReason",
            description = "ADMIN. A restriction keeps the reason it was decided under.",
            summary = "Change a reason (ADMIN); send the version you read")
    public ReasonView redefine(@PathParam("code") String code,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionBodies.Reason.class))) String body) {
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
