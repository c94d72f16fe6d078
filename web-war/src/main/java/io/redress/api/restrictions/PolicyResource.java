package io.redress.api.restrictions;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.Open;
import io.redress.api.support.JsonBody;
import io.redress.restrictions.application.ReasonCatalogue;
import io.redress.restrictions.domain.Ground;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.ReasonDefinition;
import io.redress.restrictions.domain.ReasonRevisionView;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The policy catalogue of restriction reasons: what the reasons screen offers. Proposals and changes take effect
 * only once a compliance officer other than their author approves them.
 */
@Path("v1/policy/reasons")
@Tag(name = "Policy", description = "The catalogue of restriction reasons, with four eyes on every change")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private static final Set<String> FIELDS = Set.of("code", "ground", "title", "termsClause", "measures", "requiredEvidence",
            "approverRole", "minWindowDays", "noticeText", "disclosable", "version", "note");

    /** A ground as the API lists it. */
    public record GroundView(Ground ground, String description, Role minimumApprover, boolean mayFreezeWithdrawals,
                             boolean windowFloorApplies) {
    }

    @Inject
    ReasonCatalogue catalogue;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listReasons", description = "Everyone may read it.",
            summary = "Every reason in force (and retired ones): ground, terms clause, measures, evidence, approver role, minimum window, version")
    @Requires(Permission.POLICY_REASONS_READ)
    public List<ReasonView> list() {
        return catalogue.list(actor.get());
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getReason", description = "Everyone may read it.", summary = "One reason as in force now")
    @Requires(Permission.POLICY_REASONS_READ)
    public ReasonView get(@PathParam("code") String code) {
        return catalogue.get(actor.get(), code);
    }

    @GET
    @Path("grounds")
    @Operation(operationId = "listGrounds", description = "Fixed in code: ADMIN cannot add a ground.",
            summary = "The fixed grounds a reason may stand on, and what each allows")
    @Open("the grounds are fixed in code, the same for everyone, and read no data")
    public List<GroundView> grounds() {
        return Arrays.stream(Ground.values()).map(g -> new GroundView(g, g.description(), g.minimumApprover(),
                g.mayFreezeWithdrawals(), g.windowFloorApplies())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeReason", description = "ADMIN. The code must be new. Usable by nobody until approved.",
            summary = "Propose a reason (ADMIN); it takes effect once another COMPLIANCE member approves it."
            + " Reasons about public criticism are refused.")
    @APIResponse(responseCode = "201", description = "Proposed, pending approval",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReasonRevisionView.class)))
    @Requires(Permission.POLICY_REASONS_DEFINE)
    public Response propose(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RestrictionBodies.Reason.class))) String body) {
        JsonBody in = JsonBody.parse(body, FIELDS);
        ReasonDefinition d = definition(in, in.string("code"));
        String note = in.string("note");
        in.throwIfInvalid(List.of());
        ReasonRevisionView proposed = catalogue.propose(actor.get(), d, note);
        return Response.status(201).entity(proposed).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeReasonChange", description = "ADMIN. A restriction keeps the version it was decided under.",
            summary = "Propose a change to a reason (ADMIN); send the version you read. It takes effect once approved.")
    @APIResponse(responseCode = "202", description = "Proposed, pending approval",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReasonRevisionView.class)))
    @Requires(Permission.POLICY_REASONS_DEFINE)
    public Response proposeChange(@PathParam("code") String code,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionBodies.Reason.class))) String body) {
        JsonBody in = JsonBody.parse(body, FIELDS);
        ReasonDefinition d = definition(in, code);
        Long version = in.requiredLong("version");
        String note = in.string("note");
        in.throwIfInvalid(List.of());
        return Response.status(202).entity(catalogue.proposeChange(actor.get(), code, d, version, note)).build();
    }

    @POST
    @Path("{code}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "retireReason", description = "ADMIN. Takes effect at once: it only takes a reason away.",
            summary = "Retire a reason at once (ADMIN); send the version you read and a written reason")
    @Requires(Permission.POLICY_REASONS_RETIRE)
    public ReasonView retire(@PathParam("code") String code,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionBodies.Retirement.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "reason"));
        Long version = in.requiredLong("version");
        String reason = in.string("reason");
        in.throwIfInvalid(List.of());
        return catalogue.retire(actor.get(), code, version, reason);
    }

    @GET
    @Path("pending")
    @Operation(operationId = "pendingReasons", description = "ADMIN, COMPLIANCE, AUDITOR.",
            summary = "Proposed reasons and changes awaiting approval (ADMIN, COMPLIANCE, AUDITOR)")
    @Requires(Permission.POLICY_REASONS_VERSIONS)
    public List<ReasonRevisionView> pending() {
        return catalogue.pending(actor.get());
    }

    @GET
    @Path("{code}/versions")
    @Operation(operationId = "reasonVersions", description = "ADMIN, COMPLIANCE, AUDITOR.",
            summary = "Every version of a reason, newest first, with who proposed and who decided it (ADMIN, COMPLIANCE, AUDITOR)")
    @Requires(Permission.POLICY_REASONS_VERSIONS)
    public List<ReasonRevisionView> versions(@PathParam("code") String code) {
        return catalogue.revisions(actor.get(), code);
    }

    @GET
    @Path("{code}/versions/{revision}")
    @Operation(operationId = "reasonVersion", description = "Approved versions: everyone; others: ADMIN, COMPLIANCE, AUDITOR.",
            summary = "One version of a reason: the one a restriction was decided under")
    @Requires({Permission.POLICY_REASONS_READ, Permission.POLICY_REASONS_VERSIONS})
    public ReasonRevisionView version(@PathParam("code") String code, @PathParam("revision") int revision) {
        return catalogue.revision(actor.get(), code, revision);
    }

    @POST
    @Path("{code}/versions/{revision}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveReasonVersion", description = "COMPLIANCE, never the version's author (four eyes on policy).",
            summary = "Approve a proposed version (COMPLIANCE, not its author): it takes effect now")
    @Requires(Permission.POLICY_REASONS_APPROVE)
    public ReasonRevisionView approve(@PathParam("code") String code, @PathParam("revision") int revision,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionBodies.ReasonApproval.class))) String body) {
        JsonBody in = JsonBody.parse(body == null || body.isBlank() ? "{}" : body, Set.of("note"));
        String note = in.string("note");
        in.throwIfInvalid(List.of());
        return catalogue.approve(actor.get(), code, revision, note);
    }

    @POST
    @Path("{code}/versions/{revision}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectReasonVersion", description = "COMPLIANCE, or the ADMIN who proposed it.",
            summary = "Reject a proposed version (COMPLIANCE), or withdraw your own (ADMIN), with a written reason")
    @Requires(Permission.POLICY_REASONS_REJECT)
    public ReasonRevisionView reject(@PathParam("code") String code, @PathParam("revision") int revision,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionBodies.ReasonRejection.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("reason"));
        String reason = in.string("reason");
        in.throwIfInvalid(List.of());
        return catalogue.reject(actor.get(), code, revision, reason);
    }

    private static ReasonDefinition definition(JsonBody in, String code) {
        EnumSet<Measure> set = in.enumSet("measures", Measure.class);
        Boolean disclosable = in.bool("disclosable");
        return new ReasonDefinition(code, in.enumValue("ground", Ground.class), in.string("title"), in.string("termsClause"),
                set == null ? EnumSet.noneOf(Measure.class) : set, in.string("requiredEvidence"),
                in.enumValue("approverRole", Role.class), in.integer("minWindowDays"), in.string("noticeText"), disclosable);
    }
}
