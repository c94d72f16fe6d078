package io.redress.api.claims;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.api.support.QueryParams;
import io.redress.claims.application.ClaimService;
import io.redress.claims.domain.AppealVerdict;
import io.redress.claims.domain.ClaimDetail;
import io.redress.claims.domain.ClaimOutcome;
import io.redress.claims.domain.ClaimPage;
import io.redress.claims.domain.ClaimRow;
import io.redress.claims.domain.ClaimState;
import io.redress.claims.domain.ClaimView;
import io.redress.claims.domain.CustomerClaim;
import io.redress.claims.domain.DecisionRequest;
import io.redress.claims.domain.Liability;
import io.redress.claims.domain.NewClaim;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Loss claims: filed by the exchange for the customer (or by staff), assessed, decided, approved within limits by
 * people who took no part, paid by the exchange, appealed when denied. INTEGRATION reads what the customer may see.
 */
@Tag(name = "Claims", description = "Loss claims: liability, decision within approval limits, payout and appeal")
@Path("v1/claims")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    @Inject
    ClaimService claims;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileClaim",
            description = "INTEGRATION for the customer, or staff. With an Idempotency-Key header, repeating the same"
                    + " request answers the claim already filed (200); the same key with another claim is refused"
                    + " (idempotency-key-reused). INTEGRATION gets the customer's view back.",
            summary = "File a loss claim: account, exact amount and asset, what happened, the case, incident and"
            + " evidence report it relies on")
    @APIResponse(responseCode = "201", description = "Filed; Location names the claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {ClaimView.class, CustomerClaim.class})))
    @APIResponse(responseCode = "200", description = "Already filed under this Idempotency-Key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {ClaimView.class, CustomerClaim.class})))
    @Requires(Permission.CLAIM_FILE)
    public Response file(@HeaderParam("Idempotency-Key") String idempotencyKey,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimBodies.NewClaim.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("accountId", "asset", "amount", "description", "ticket", "customerName",
                "language", "incidentRef", "evidenceRef"));
        NewClaim claim = new NewClaim(in.string("accountId"), in.string("asset"), in.string("amount"),
                in.string("description"), in.string("ticket"), in.string("customerName"), in.string("language"),
                in.string("incidentRef"), in.string("evidenceRef"));
        in.throwIfInvalid(List.of());
        Actor a = actor.get();
        ClaimService.Filed filed = claims.file(a, claim, idempotencyKey);
        Object entity = a.speaksForCustomer() ? CustomerClaim.of(filed.claim()) : filed.claim();
        if (!filed.created()) {
            return Response.ok(entity).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("v1/claims").path(Long.toString(filed.claim().id())).build())
                .entity(entity).build();
    }

    @GET
    @Operation(operationId = "listClaims",
            description = "Filters combine: state, the account, the incident reference. Staff only.",
            summary = "Claims, newest first; pass the previous page's 'next' as 'after'")
    @Requires(Permission.CLAIM_READ)
    public ClaimPage list(@QueryParam("state") String state, @QueryParam("accountId") String accountId,
                          @QueryParam("incident") String incident, @QueryParam("after") String after,
                          @QueryParam("size") @DefaultValue("50") String size) {
        List<FieldError> errors = new ArrayList<>();
        ClaimState s = QueryParams.optionalEnum(ClaimState.class, "state", state, errors);
        Long cursor = QueryParams.optionalLong("after", after, 1, Long.MAX_VALUE, errors);
        int n = QueryParams.integer("size", size, 1, ClaimService.MAX_PAGE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<ClaimRow> rows = claims.list(actor.get(), s, blankToNull(accountId), blankToNull(incident), cursor, n);
        return new ClaimPage(rows, rows.size() == n ? rows.get(rows.size() - 1).id() : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getClaim",
            description = "Staff get ClaimDetail: the claim with its assessment, the people of each step, and the final"
                    + " decisions already taken on claims of the same incident (count, outcomes, share paid)."
                    + " INTEGRATION gets CustomerClaim: no staff names, no assessment, the decision only once final.",
            summary = "One claim. Staff see all of it with the incident's precedents; INTEGRATION what the customer may see")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {ClaimDetail.class, CustomerClaim.class})))
    @Requires({Permission.CLAIM_READ, Permission.CLAIM_READ_CUSTOMER_VIEW})
    public Object get(@PathParam("id") long id) {
        Actor a = actor.get();
        return a.speaksForCustomer() ? claims.getAsCustomer(a, id) : claims.detail(a, id);
    }

    @POST
    @Path("{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessClaim", description = "Caseworkers; again while no decision is proposed.",
            summary = "Assess liability: PLATFORM, THIRD_PARTY, CUSTOMER or UNDETERMINED, with written reasoning")
    @Requires(Permission.CLAIM_ASSESS)
    public ClaimView assess(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimBodies.Assessment.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("liability", "reasoning", "version"));
        Liability liability = in.enumValue("liability", Liability.class);
        String reasoning = in.string("reasoning");
        Long version = in.requiredLong("version");
        in.throwIfInvalid(List.of());
        return claims.assess(actor.get(), id, liability, reasoning, version);
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideClaim",
            description = "Caseworkers, on an assessed claim. The amount is valued in the reference currency at the rate"
                    + " given or configured; both are kept with the decision.",
            summary = "Propose a decision (DENY, GOODWILL, PARTIAL, FULL) with the amount and reasons, for approval")
    @Requires(Permission.CLAIM_DECIDE)
    public ClaimView decide(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimBodies.Decision.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("outcome", "amount", "reasons", "referenceRate", "version"));
        DecisionRequest decision = new DecisionRequest(in.enumValue("outcome", ClaimOutcome.class), in.string("amount"),
                in.string("reasons"), in.string("referenceRate"));
        Long version = in.requiredLong("version");
        in.throwIfInvalid(List.of());
        return claims.decide(actor.get(), id, decision, version);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveClaim",
            description = "SUPERVISOR or COMPLIANCE who neither assessed the claim nor proposed the decision. Within the"
                    + " approver's limit the decision becomes final and is sent to the customer; above it a second"
                    + " approver, whose limit covers it, must approve too.",
            summary = "Approve a proposed decision (four eyes, approval limits by role)")
    @Requires(Permission.CLAIM_APPROVE)
    public ClaimView approve(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimBodies.Approval.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "note"));
        Long version = in.requiredLong("version");
        String note = in.string("note");
        in.throwIfInvalid(List.of());
        return claims.approve(actor.get(), id, version, note);
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnClaimDecision", description = "SUPERVISOR or COMPLIANCE; the claim is ASSESSED again.",
            summary = "Send a proposed decision back to be decided again, saying why")
    @Requires(Permission.CLAIM_APPROVE)
    public ClaimView sendBack(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimBodies.Return.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "reason"));
        Long version = in.requiredLong("version");
        String reason = in.string("reason");
        in.throwIfInvalid(List.of());
        return claims.sendBack(actor.get(), id, version, reason);
    }

    @POST
    @Path("{id}/payout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmClaimPayout",
            description = "INTEGRATION, once the decision is final and pays something. The same reference again changes"
                    + " nothing; another one is refused (payout-recorded).",
            summary = "The exchange confirms the payout with its reference")
    @APIResponse(responseCode = "200", description = "The claim, paid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {ClaimView.class, CustomerClaim.class})))
    @Requires(Permission.CLAIM_PAYOUT)
    public Object payout(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimBodies.Payout.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("reference"));
        String reference = in.string("reference");
        in.throwIfInvalid(List.of());
        Actor a = actor.get();
        ClaimView paid = claims.confirmPayout(a, id, reference);
        return a.speaksForCustomer() ? CustomerClaim.of(paid) : paid;
    }

    @POST
    @Path("{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "appealClaim",
            description = "INTEGRATION for the customer, AGENT or SUPERVISOR; only a denial, within the appeal window"
                    + " (redress.claims.appeal-window-days), once.",
            summary = "The customer appeals a denied claim")
    @APIResponse(responseCode = "200", description = "The claim, appealed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {ClaimView.class, CustomerClaim.class})))
    @Requires(Permission.CLAIM_APPEAL)
    public Object appeal(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimBodies.Appeal.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("statement"));
        String statement = in.string("statement");
        in.throwIfInvalid(List.of());
        Actor a = actor.get();
        ClaimView appealed = claims.appeal(a, id, statement);
        return a.speaksForCustomer() ? CustomerClaim.of(appealed) : appealed;
    }

    @POST
    @Path("{id}/appeal-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideClaimAppeal",
            description = "SUPERVISOR or COMPLIANCE who neither assessed, decided nor approved the claim. OVERTURNED sends"
                    + " the claim back to be decided again; either way the customer is told.",
            summary = "Decide an appeal against a denial: UPHELD or OVERTURNED, with reasons")
    @Requires(Permission.CLAIM_APPEAL_DECIDE)
    public ClaimView decideAppeal(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimBodies.AppealDecision.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("outcome", "reasons", "version"));
        AppealVerdict verdict = in.enumValue("outcome", AppealVerdict.class);
        String reasons = in.string("reasons");
        Long version = in.requiredLong("version");
        in.throwIfInvalid(List.of());
        return claims.decideAppeal(actor.get(), id, verdict, reasons, version);
    }
}
