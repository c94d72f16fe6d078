package io.redress.api.incidents;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.incidents.application.EvidenceService;
import io.redress.incidents.domain.EvidenceReportView;
import io.redress.incidents.domain.EvidenceRequest;
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

/** Leak-attribution reports: issued by SECURITY or SUPERVISOR, kept as issued, read by staff with need-to-know. */
@Path("v1/attribution-reports")
@Tag(name = "Leak-attribution evidence", description = "For an account and a window: whether its key was linked to a"
        + " service under incident, the same pattern among that service's other accounts against the base rate, the"
        + " addresses used, the anomalous trades and an explainable score")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceReportResource {

    @Inject
    EvidenceService evidence;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueAttributionReport",
            description = "SECURITY, SUPERVISOR. The report is stored as issued (facts, factors, score), attached to the"
                    + " account's account-security case (opened if there is none) and audited; the same account, key and"
                    + " window asked again is the next version, the earlier one unchanged. Location names the report.",
            summary = "Issue a leak-attribution report for an account and a window")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceReportView.class)))
    @Requires(Permission.EVIDENCE_ISSUE)
    public Response issue(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceBodies.Request.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("accountId", "keyId", "from", "to"));
        EvidenceRequest r = new EvidenceRequest(in.string("accountId"), in.string("keyId"), in.instant("from"), in.instant("to"));
        in.throwIfInvalid(List.of());
        EvidenceReportView v = evidence.issue(actor.get(), r);
        return Response.created(uri.getAbsolutePathBuilder().path(v.reference()).build()).entity(v).build();
    }

    @GET
    @Path("{reference}")
    @Operation(operationId = "getAttributionReport",
            description = "SECURITY, SUPERVISOR, COMPLIANCE, AUDITOR, AGENT (who assess the claims relying on it).",
            summary = "A leak-attribution report exactly as issued")
    @Requires(Permission.EVIDENCE_READ)
    public EvidenceReportView get(@PathParam("reference") String reference) {
        return evidence.get(actor.get(), reference);
    }

    @GET
    @Operation(operationId = "listAttributionReports",
            description = "SECURITY, SUPERVISOR, COMPLIANCE, AUDITOR, AGENT. accountId is required.",
            summary = "An account's leak-attribution reports, newest first (at most 200)")
    @Requires(Permission.EVIDENCE_READ)
    public List<EvidenceReportView.Row> list(@QueryParam("accountId") String accountId) {
        return evidence.forAccount(actor.get(), accountId);
    }
}
