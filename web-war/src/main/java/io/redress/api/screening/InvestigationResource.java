package io.redress.api.screening;

import io.redress.api.support.JsonBody;
import io.redress.api.support.QueryParams;
import io.redress.screening.application.Investigations;
import io.redress.screening.domain.AuthorityAnswer;
import io.redress.screening.domain.InvestigationOutcome;
import io.redress.screening.domain.InvestigationView;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Confidential investigations of held and frozen deposits: compliance only (auditors read). */
@Path("v1/investigations")
@Tag(name = "Screening", description = "KYT/KYW: flagged-address lists, the transaction graph, deposit screening")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvestigationResource {

    @Inject
    Investigations investigations;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listInvestigations", description = "COMPLIANCE, AUDITOR. open=true (default): those not"
            + " closed; accountId: one account's. At most 500.",
            summary = "Investigations of held and frozen deposits, by deadline")
    public List<InvestigationView> list(@QueryParam("accountId") String accountId, @QueryParam("open") String open) {
        boolean onlyOpen = open == null || QueryParams.bool("open", open);
        List<io.redress.shared.domain.FieldError> errors = new java.util.ArrayList<>();
        String account = QueryParams.optionalText("accountId", accountId, 64, errors);
        if (!errors.isEmpty()) {
            throw new io.redress.shared.domain.InvalidInput(errors);
        }
        return investigations.list(actor.get(), account, onlyOpen);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInvestigation", description = "COMPLIANCE, AUDITOR.", summary = "One investigation")
    public InvestigationView get(@PathParam("id") String id) {
        return investigations.get(actor.get(), QueryParams.longInteger("id", id, 1, Long.MAX_VALUE));
    }

    @POST
    @Path("{id}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeInvestigationOutcome", description = "COMPLIANCE. RELEASE (insufficient evidence) or"
            + " REPORT (with the filing reference). Another officer approves it.",
            summary = "Propose an investigation's outcome")
    public InvestigationView propose(@PathParam("id") String id, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningBodies.Proposal.class))) String body) {
        long n = QueryParams.longInteger("id", id, 1, Long.MAX_VALUE);
        JsonBody in = JsonBody.parse(body, Set.of("outcome", "reason", "filingReference", "version"));
        InvestigationOutcome outcome = in.enumValue("outcome", InvestigationOutcome.class);
        String reason = in.string("reason");
        String filing = in.string("filingReference");
        Long version = in.requiredLong("version");
        in.throwIfInvalid(List.of());
        return investigations.propose(actor.get(), n, version, outcome, reason, filing);
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveInvestigationOutcome", description = "COMPLIANCE, not the proposer (four-eyes)."
            + " RELEASE lifts the hold at once (the next WITHDRAW decision no longer lists it) and tells the customer in a"
            + " neutral text; REPORT keeps the funds frozen until the authority's answer.",
            summary = "Approve the proposed outcome")
    public InvestigationView approve(@PathParam("id") String id, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningBodies.Approval.class))) String body) {
        long n = QueryParams.longInteger("id", id, 1, Long.MAX_VALUE);
        JsonBody in = JsonBody.parse(body, Set.of("version"));
        Long version = in.requiredLong("version");
        in.throwIfInvalid(List.of());
        return investigations.approve(actor.get(), n, version);
    }

    @POST
    @Path("{id}/authority-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAuthorityAnswer", description = "COMPLIANCE, on a reported investigation:"
            + " RELEASE_FUNDS lifts the freeze, KEEP_FROZEN keeps it; the investigation closes.",
            summary = "Record the authority's answer to a report")
    public InvestigationView answer(@PathParam("id") String id, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningBodies.Answer.class))) String body) {
        long n = QueryParams.longInteger("id", id, 1, Long.MAX_VALUE);
        JsonBody in = JsonBody.parse(body, Set.of("answer", "reference", "version"));
        AuthorityAnswer answer = in.enumValue("answer", AuthorityAnswer.class);
        String reference = in.string("reference");
        Long version = in.requiredLong("version");
        in.throwIfInvalid(List.of());
        return investigations.authorityAnswered(actor.get(), n, version, answer, reference);
    }
}
