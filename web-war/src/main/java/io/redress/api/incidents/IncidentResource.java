package io.redress.api.incidents;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.incidents.application.IncidentService;
import io.redress.incidents.domain.ActionRequest;
import io.redress.incidents.domain.ActionView;
import io.redress.incidents.domain.BlastRadius;
import io.redress.incidents.domain.IncidentDetail;
import io.redress.incidents.domain.IncidentView;
import io.redress.incidents.domain.NewIncident;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Third-party incidents: declared by SECURITY, with their blast radius and their bulk actions. */
@Path("v1/incidents")
@Tag(name = "Incidents", description = "Third-party incidents, their blast radius and their bulk actions (four eyes, run as restartable jobs)")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    @Inject
    IncidentService incidents;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listIncidents", description = "Staff.", summary = "Incidents, newest first (at most 200)")
    @Requires(Permission.INCIDENT_READ)
    public List<IncidentView> list() {
        return incidents.list(actor.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareIncident",
            description = "SECURITY. Raises an INCIDENT_DECLARED alert for SECURITY. Location names the incident.",
            summary = "Declare an incident against an integration: suspected since, severity, what is known")
    @APIResponse(responseCode = "201", description = "Declared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    @Requires(Permission.INCIDENT_DECLARE)
    public Response declare(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IncidentBodies.Declaration.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("integration", "severity", "suspectedSince", "known"));
        NewIncident n = new NewIncident(in.string("integration"), in.string("severity"), in.instant("suspectedSince"),
                in.string("known"));
        in.throwIfInvalid(List.of());
        IncidentView v = incidents.declare(actor.get(), n);
        return Response.created(uri.getAbsolutePathBuilder().path(v.reference()).build()).entity(v).build();
    }

    @GET
    @Path("{reference}")
    @Operation(operationId = "getIncident",
            description = "Staff. The blast radius is computed when asked, from aggregate queries on the keys'"
                    + " integration indexes; each action carries its job's progress once approved.",
            summary = "An incident with its blast radius and its bulk actions")
    @Requires(Permission.INCIDENT_READ)
    public IncidentDetail get(@PathParam("reference") String reference) {
        return incidents.detail(actor.get(), reference);
    }

    @GET
    @Path("{reference}/blast-radius")
    @Operation(operationId = "incidentBlastRadius",
            description = "Staff. Keys, accounts, active keys without an IP allowlist and with WITHDRAW, anomalies since"
                    + " the suspected start, and the ten accounts with the most value traded by anomalous trades.",
            summary = "What the incident exposes")
    @Requires(Permission.INCIDENT_READ)
    public BlastRadius blastRadius(@PathParam("reference") String reference) {
        return incidents.blastRadius(actor.get(), reference);
    }

    @POST
    @Path("{reference}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestIncidentAction",
            description = "SECURITY, on an open incident. It runs only once a SECURITY or SUPERVISOR member other than"
                    + " the requester approves it (POST /api/v1/incident-actions/{id}/approve); a SUPERVISOR alert asks for"
                    + " that approval. Requested once: while an action of the incident with the same scope and options"
                    + " (createdBefore, withoutAllowlistOnly, notifyCustomers, openCases, protectiveLock; not the"
                    + " justification) is REQUESTED, or APPROVED and its job not completed, the same request is refused"
                    + " (409 duplicate-pending, naming that action). Closing the incident withdraws its REQUESTED actions.",
            summary = "Request a bulk action: revoke keys (all, created before a cut-off, without an allowlist), notify"
                    + " customers, open one case per account, place protective locks")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "409", description = "duplicate-pending: an action of the incident with the same scope and"
            + " options is still REQUESTED, or APPROVED and not DONE (`detail` names its id); or stale-version: the"
            + " incident changed since the `version` sent")
    @Requires(Permission.INCIDENT_ACTION_REQUEST)
    public Response request(@PathParam("reference") String reference,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IncidentBodies.ActionRequest.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("createdBefore", "withoutAllowlistOnly", "notifyCustomers", "openCases",
                "protectiveLock", "justification", "version"));
        Boolean withoutAllowlist = in.bool("withoutAllowlistOnly");
        Boolean notify = in.bool("notifyCustomers");
        Boolean cases = in.bool("openCases");
        Boolean lock = in.bool("protectiveLock");
        ActionRequest r = new ActionRequest(in.instant("createdBefore"), Boolean.TRUE.equals(withoutAllowlist),
                notify == null || notify, cases == null || cases, Boolean.TRUE.equals(lock), in.string("justification"));
        Long version = in.longValue("version");
        in.throwIfInvalid(List.of());
        ActionView a = incidents.requestAction(actor.get(), reference, r, version);
        return Response.created(uri.getBaseUriBuilder().path("v1/incident-actions").path(Long.toString(a.id())).build())
                .entity(a).build();
    }

    @POST
    @Path("{reference}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeIncident", description = "SECURITY; no new bulk action afterwards. Its REQUESTED"
            + " actions are withdrawn in the same transaction (state WITHDRAWN, note \"incident closed\", each audited"
            + " INCIDENT_ACTION_WITHDRAWN); APPROVED actions' jobs running go on to their end.",
            summary = "Close an incident")
    @Requires(Permission.INCIDENT_DECLARE)
    public IncidentView close(@PathParam("reference") String reference,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IncidentBodies.VersionOnly.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version"));
        Long version = in.requiredLong("version");
        in.throwIfInvalid(List.of());
        return incidents.close(actor.get(), reference, version);
    }
}
