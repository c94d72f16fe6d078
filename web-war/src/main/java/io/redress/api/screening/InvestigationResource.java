package io.redress.api.screening;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.api.support.QueryParams;
import io.redress.api.support.BodyLimit;
import io.redress.screening.application.InvestigationAttachments;
import io.redress.screening.application.Investigations;
import io.redress.screening.domain.AttachmentRules;
import io.redress.screening.domain.FilingReport;
import io.redress.screening.domain.InvestigationAttachmentView;
import io.redress.shared.domain.FieldError;
import io.redress.screening.domain.AuthorityAnswer;
import io.redress.screening.domain.InvestigationOutcome;
import io.redress.screening.domain.InvestigationDetail;
import io.redress.screening.domain.InvestigationNoteView;
import io.redress.screening.domain.InvestigationView;
import io.redress.security.CurrentActor;
import io.redress.web.shell.CsvFile;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Confidential investigations of held and frozen deposits: compliance only (auditors read). */
@Path("v1/investigations")
@Tag(name = "Screening", description = "KYT/KYW: flagged-address lists, the transaction graph, deposit screening")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvestigationResource {

    static final String FILING_REPORT_TYPE = "text/csv";

    @Inject
    Investigations investigations;
    @Inject
    CurrentActor actor;
    @Inject
    InvestigationAttachments attachments;
    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listInvestigations", description = "COMPLIANCE, AUDITOR. open=true (default): those not"
            + " closed; accountId: one account's. At most 500.",
            summary = "Investigations of held and frozen deposits, by deadline")
    @Requires(Permission.INVESTIGATION_READ)
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
    @Operation(operationId = "getInvestigation", description = "COMPLIANCE, AUDITOR. The investigation (its version is"
            + " the one to send with a step), its deposit's screening as recorded (amounts, exposure per category, the"
            + " evidence paths), its internal notes newest first, and how near its report deadline is (deadline: ON_TIME,"
            + " NEAR from investigation.nearAt, OVERDUE, or MET once the outcome is approved; daysLeft negative when past)."
            + " The deadline depends on the jurisdiction the exchange operates the account under (investigation.jurisdiction,"
            + " the account's ISO 3166-1 code): investigation.deadlineRule names the rule set (US: the SAR of a money"
            + " services business, 30 days after detection; EU: 'promptly', the configured internal target; a country"
            + " configured on its own; * every other), with deadlineDays and deadlineBasis.",
            summary = "One investigation, with its evidence and notes")
    @Requires(Permission.INVESTIGATION_READ)
    public InvestigationDetail get(@PathParam("id") String id) {
        return investigations.detail(actor.get(), QueryParams.longInteger("id", id, 1, Long.MAX_VALUE));
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addInvestigationNote", description = "COMPLIANCE. An internal note, written once (never"
            + " changed), audited, read with the investigation by compliance and auditors only; in any state.",
            summary = "Add an internal note to an investigation")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InvestigationNoteView.class)))
    @Requires(Permission.INVESTIGATION_NOTE)
    public Response addNote(@PathParam("id") String id, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningBodies.Note.class))) String body) {
        long n = QueryParams.longInteger("id", id, 1, Long.MAX_VALUE);
        JsonBody in = JsonBody.parse(body, Set.of("text"));
        String text = in.string("text");
        // wrong types are reported with the other errors, after the caller's authorization
        InvestigationNoteView note = investigations.addNote(actor.get(), n, text, in.errors());
        return Response.status(Response.Status.CREATED).entity(note).build();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attachToInvestigation", description = "COMPLIANCE only. A file (PDF, PNG, JPEG, text, CSV,"
            + " JSON; 1 byte to 5 MiB) in a JSON body, its bytes in Base64 like every other body of this API: checked"
            + " (name without a path, allowed type, size, first bytes of the type declared: a field named in the"
            + " problem+json otherwise), stored with its SHA-256, who uploaded it and when, audited on the investigation,"
            + " never changed or deleted. In any state, closed included.",
            summary = "Attach a file to an investigation")
    @APIResponse(responseCode = "201", description = "Attached; Location names its content",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvestigationAttachmentView.class)))
    @APIResponse(responseCode = "400", description = "fileName, contentType or contentBase64 refused (problem+json naming them)")
    @Requires(Permission.INVESTIGATION_ATTACHMENT)
    public Response attach(@PathParam("id") String id, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningBodies.Attachment.class))) String body) {
        long n = QueryParams.longInteger("id", id, 1, Long.MAX_VALUE);
        JsonBody in = JsonBody.parse(body, Set.of("fileName", "contentType", "contentBase64"), BodyLimit.ATTACHMENT_MAX_CHARS);
        String name = in.string("fileName");
        String type = in.string("contentType");
        String base64 = in.string("contentBase64");
        List<FieldError> errors = new ArrayList<>(in.errors());
        byte[] content = null;
        if (base64 != null && errors.stream().noneMatch(e -> e.field().equals("contentBase64"))) {
            if (base64.length() > 4L * ((AttachmentRules.MAX_BYTES + 2) / 3)) {
                errors.add(new FieldError("contentBase64", "at most 5 MiB (" + AttachmentRules.MAX_BYTES + " bytes) decoded"));
            } else {
                try {
                    content = Base64.getDecoder().decode(base64);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("contentBase64", "is not Base64 (RFC 4648, standard alphabet)"));
                }
            }
        }
        // wrong types and undecodable content are reported with the rules' errors, after the caller's authorization
        InvestigationAttachmentView a = attachments.attach(actor.get(), n, name, type, content, errors);
        return Response.created(uri.getBaseUriBuilder().path("v1/investigations").path(Long.toString(n)).path("attachments")
                .path(Long.toString(a.id())).build()).entity(a).build();
    }

    @GET
    @Path("{id}/attachments")
    @Operation(operationId = "listInvestigationAttachments", description = "COMPLIANCE only (auditors too are refused):"
            + " name, type, size, SHA-256, who uploaded it and when; newest first, without the content.",
            summary = "An investigation's attachments")
    @Requires(Permission.INVESTIGATION_ATTACHMENT)
    public List<InvestigationAttachmentView> attachments(@PathParam("id") String id) {
        return attachments.list(actor.get(), QueryParams.longInteger("id", id, 1, Long.MAX_VALUE));
    }

    @GET
    @Path("{id}/report")
    @Produces(FILING_REPORT_TYPE)
    @Operation(operationId = "exportInvestigationReport", description = "COMPLIANCE, AUDITOR; audited. Once a second"
            + " officer approved a REPORT outcome (before: 422 report-not-approved): the report as filed with the"
            + " authority, one CSV table (UTF-8 with a byte order mark, RFC 4180, a header row): each row one transfer of"
            + " an evidence path, from the listed address towards the deposit's sender (step 1, 2, ...), beside the facts"
            + " it belongs to: investigation, filing reference, account and jurisdiction, the facts as proposed, the"
            + " deposit, the decision and covered amount, the category with its degree, share, traced amount and nearest"
            + " hops, the listing (address, source, label). A direct exposure (the sender itself is listed) is one row"
            + " without a transfer. Codes stay codes (categories, decisions); times in UTC, ISO 8601.",
            summary = "An approved investigation report as a CSV file for the filing")
    @APIResponse(responseCode = "200", description = "The report, Content-Disposition: attachment",
            content = @Content(mediaType = FILING_REPORT_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @Requires(Permission.INVESTIGATION_READ)
    public Response report(@PathParam("id") String id) {
        long n = QueryParams.longInteger("id", id, 1, Long.MAX_VALUE);
        CsvFile csv = new CsvFile(FilingReport.COLUMNS);
        investigations.filingReport(actor.get(), n).forEach(row -> csv.row(row.toArray()));
        return Response.ok(csv.bytes(), FILING_REPORT_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"investigation-" + n + "-report.csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadInvestigationAttachment", description = "COMPLIANCE only. The file as uploaded, with"
            + " its type, Content-Disposition: attachment and its SHA-256 (Digest: sha-256=, base64 of the digest; ETag);"
            + " audited.",
            summary = "Download an investigation's attachment")
    @APIResponse(responseCode = "200", description = "The file's bytes")
    @Requires(Permission.INVESTIGATION_ATTACHMENT)
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        long n = QueryParams.longInteger("id", id, 1, Long.MAX_VALUE);
        long a = QueryParams.longInteger("attachmentId", attachmentId, 1, Long.MAX_VALUE);
        InvestigationAttachments.Content c = attachments.content(actor.get(), n, a);
        return Response.ok(c.bytes(), c.attachment().contentType())
                .header("Content-Disposition", AttachmentRules.contentDisposition(c.attachment().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(c.attachment().sha256())))
                .tag(c.attachment().sha256())
                .build();
    }

    @POST
    @Path("{id}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeInvestigationOutcome", description = "COMPLIANCE. RELEASE (insufficient evidence) or"
            + " REPORT (with the filing reference). Another officer approves it.",
            summary = "Propose an investigation's outcome")
    @Requires(Permission.INVESTIGATION_DECIDE)
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
    @Requires(Permission.INVESTIGATION_DECIDE)
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
    @Requires(Permission.INVESTIGATION_DECIDE)
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
