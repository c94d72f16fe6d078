package io.redress.api.restrictions;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.restrictions.domain.CustomerAppeal;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.redress.api.support.JsonBody;
import io.redress.restrictions.application.AppealService;
import io.redress.restrictions.domain.AppealDecision;
import io.redress.restrictions.domain.AppealOutcome;
import io.redress.restrictions.domain.AppealView;
import io.redress.restrictions.domain.Measure;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Actor;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Appeals: read them, and decide them as someone who took no part in the measure. */
@Tag(name = "Appeals", description = "Appeals against restrictions, decided by someone who took no part")
@Path("v1/appeals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {

    @Inject
    AppealService appeals;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listOpenAppeals",
            description = "Appeals not yet decided, with their deadline.",
            summary = "Open appeals, nearest deadline first")
    @Requires(Permission.APPEAL_LIST)
    public List<AppealView> open() {
        return appeals.open(actor.get());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAppeal", summary = "One appeal",
            description = "The appeal with its statement, deadline and decision, if any. Staff see who handled it"
                    + " (AppealView); INTEGRATION sees what the customer may see (CustomerAppeal).")
    @APIResponse(responseCode = "200", description = "The appeal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {AppealView.class, CustomerAppeal.class})))
    @Requires({Permission.APPEAL_READ, Permission.APPEAL_READ_CUSTOMER_VIEW})
    public Object get(@PathParam("id") long id) {
        Actor a = actor.get();
        return a.speaksForCustomer() ? appeals.getAsCustomer(a, id) : appeals.get(a, id);
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideAppeal",
            description = "SUPERVISOR or COMPLIANCE who neither requested nor approved the measure; CLOSE appeals need "
                    + "COMPLIANCE.",
            summary = "Decide an appeal: UPHELD, OVERTURNED (the measure is lifted) or MODIFIED (milder measure"
            + " and/or extra window days), with written reasons")
    @Requires(Permission.APPEAL_DECIDE)
    public AppealView decide(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionBodies.AppealDecisionRequest.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("outcome", "reasons", "newMeasure", "extraWindowDays", "version"));
        AppealDecision decision = new AppealDecision(in.enumValue("outcome", AppealOutcome.class), in.string("reasons"),
                in.enumValue("newMeasure", Measure.class), in.integer("extraWindowDays"));
        Long version = in.longValue("version");
        in.throwIfInvalid(List.of());
        return appeals.decide(actor.get(), id, decision, version);
    }
}
