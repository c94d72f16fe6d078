package io.redress.api.restrictions;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.restrictions.domain.CustomerMeasure;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import io.redress.api.support.JsonBody;
import io.redress.api.support.QueryParams;
import io.redress.restrictions.application.AppealService;
import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.application.RestrictionService.PendingRestriction;
import io.redress.restrictions.domain.AppealView;
import io.redress.restrictions.domain.CustomerAppeal;
import io.redress.restrictions.domain.RestrictionView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Deciding restrictions: approve, reject, cancel, and appeals against those in force. */
@Tag(name = "Restrictions", description = "Deciding restrictions and appealing them")
@Path("v1/restrictions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RestrictionResource {

    @Inject
    RestrictionService restrictions;
    @Inject
    AppealService appeals;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Operation(operationId = "getRestriction",
            description = "Staff see its measure, reason, state, window and who requested and decided it (RestrictionView);"
                    + " INTEGRATION sees only a measure in force, as the customer may see it (CustomerMeasure), and 404 for anything else.",
            summary = "One restriction")
    @APIResponse(responseCode = "200", description = "The restriction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {RestrictionView.class, CustomerMeasure.class})))
    @Requires({Permission.RESTRICTION_READ, Permission.RESTRICTION_READ_CUSTOMER_VIEW})
    public Object get(@PathParam("id") long id) {
        Actor a = actor.get();
        return a.speaksForCustomer() ? restrictions.customerView(a, id) : restrictions.get(a, id);
    }

    @GET
    @Path("pending")
    @Operation(operationId = "pendingRestrictions",
            description = "SUPERVISOR, COMPLIANCE, AUDITOR. Oldest request first, at most 'size' (default 100, at most 500)"
                    + " a page; when more follow, the answer's Link header (rel=\"next\") is the next page's address, and"
                    + " its cursor is the 'after' to pass.",
            summary = "The approval inbox: pending requests with the retaliation guard's assessment (SUPERVISOR, COMPLIANCE)")
    @APIResponse(responseCode = "200", description = "One page of pending requests; a Link header rel=\"next\" when more follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PendingRestriction.class)))
    @Requires(Permission.RESTRICTION_INBOX)
    public Response pending(@QueryParam("after") String after, @QueryParam("size") @DefaultValue("100") String size) {
        RestrictionService.InboxPage page = restrictions.inbox(actor.get(), after,
                QueryParams.integer("size", size, 1, RestrictionService.INBOX_MAX_SIZE));
        Response.ResponseBuilder answer = Response.ok(page.items());
        if (page.next() != null) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("after", page.next()).build(), "next");
        }
        return answer.build();
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveRestriction",
            description = "SUPERVISOR, COMPLIANCE. The customer gets a notice on approval.",
            summary = "Approve a requested restriction: four eyes, the reason's approver role, COMPLIANCE for severe"
            + " measures, and an attestation when the customer complained in the last 30 days")
    @Requires(Permission.RESTRICTION_APPROVE)
    public RestrictionView approve(@PathParam("id") long id,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionBodies.Approval.class))) String body) {
        JsonBody in = JsonBody.parse(body == null || body.isBlank() ? "{}" : body, Set.of("version", "note", "attestation"));
        Long version = in.longValue("version");
        String note = in.string("note");
        String attestation = in.string("attestation");
        in.throwIfInvalid(List.of());
        return restrictions.approve(actor.get(), id, version, note, attestation);
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectRestriction",
            description = "SUPERVISOR, COMPLIANCE.",
            summary = "Reject a requested restriction, with a written reason")
    @Requires(Permission.RESTRICTION_REJECT)
    public RestrictionView reject(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionBodies.Rejection.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "reason"));
        Long version = in.longValue("version");
        String reason = in.string("reason");
        in.throwIfInvalid(List.of());
        return restrictions.reject(actor.get(), id, version, reason);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(operationId = "cancelRestriction",
            description = "Only the requester, while it is pending.",
            summary = "The requester withdraws their request")
    @Requires(Permission.RESTRICTION_CANCEL)
    public RestrictionView cancel(@PathParam("id") long id,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionBodies.Cancellation.class))) String body) {
        JsonBody in = JsonBody.parse(body == null || body.isBlank() ? "{}" : body, Set.of("version"));
        Long version = in.longValue("version");
        in.throwIfInvalid(List.of());
        return restrictions.cancel(actor.get(), id, version);
    }

    @POST
    @Path("{id}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "appealRestriction",
            description = "INTEGRATION (for the customer), AGENT, SUPERVISOR. One pending appeal per restriction.",
            summary = "Appeal a measure in force: by the customer through the exchange (INTEGRATION) or an agent for them")
    @APIResponse(responseCode = "201", description = "Filed; Location names the appeal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AppealView.class)))
    @Requires(Permission.APPEAL_FILE)
    public Response appeal(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionBodies.NewAppeal.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("statement"));
        String statement = in.string("statement");
        in.throwIfInvalid(List.of());
        Actor a = actor.get();
        if (a.speaksForCustomer()) {
            restrictions.customerView(a, id); // the customer appeals only what they can see: anything else is 404
        }
        AppealView appeal = appeals.file(a, id, statement);
        return Response.created(uri.getBaseUriBuilder().path("v1/appeals").path(Long.toString(appeal.id())).build())
                .entity(a.speaksForCustomer() ? CustomerAppeal.of(appeal) : appeal).build();
    }

    @GET
    @Path("{id}/appeals")
    @Operation(operationId = "restrictionAppeals",
            description = "Newest first. Staff see who handled each (AppealView); INTEGRATION what the customer may see (CustomerAppeal).",
            summary = "The appeals against one restriction")
    @APIResponse(responseCode = "200", description = "The appeals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    oneOf = {AppealView.class, CustomerAppeal.class})))
    @Requires({Permission.APPEAL_READ, Permission.APPEAL_READ_CUSTOMER_VIEW})
    public List<?> appeals(@PathParam("id") long id) {
        Actor a = actor.get();
        if (a.speaksForCustomer()) {
            restrictions.customerView(a, id);
            return appeals.forRestrictionAsCustomer(a, id);
        }
        return appeals.forRestriction(a, id);
    }
}
