package io.redress.api.screening;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.BodyLimit;
import io.redress.api.support.JsonBody;
import io.redress.api.support.QueryParams;
import io.redress.screening.application.FlaggedLists;
import io.redress.screening.domain.Category;
import io.redress.screening.domain.FlaggedListReader;
import io.redress.screening.domain.ImportReport;
import io.redress.screening.domain.Severity;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports of flagged-address lists and their reports. */
@Path("v1/flagged-address-imports")
@Tag(name = "Screening", description = "KYT/KYW: flagged-address lists, the transaction graph, deposit screening")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlaggedListResource {

    static final Set<String> FIELDS = Set.of("source", "format", "category", "severity", "files");
    static final Set<String> FILE_FIELDS = Set.of("name", "asset", "content");

    @Inject
    FlaggedLists lists;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uri;

    /** The longest {@code Prefer: wait=} honoured, in seconds. */
    static final int MAX_WAIT_SECONDS = 60;
    private static final Pattern PREFER_WAIT = Pattern.compile("(?i)(?:^|[,;\\s])wait\\s*=\\s*(\\d{1,6})");

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importFlaggedList",
            description = "COMPLIANCE, ADMIN. Every address is checked in its asset's formats (checksums included) when the"
                    + " import is asked for: a bad line is reported in badLineDetails as file:line: why, and the other lines"
                    + " are imported. The import then runs as a restartable job (state RUNNING, jobId, percent): its lines are"
                    + " applied in checkpointed pages, and when every page is applied the source's listings of the assets the"
                    + " files cover that the files no longer name are removed, once, and the report completes (state"
                    + " COMPLETED): what was added, changed and removed since the source's last import (importing the same"
                    + " files again changes nothing). The answer is 202 with Location naming the import's report (poll it"
                    + " until state is COMPLETED; GET /api/v1/jobs/{jobId}, in the Link header as rel=\"job\", has the"
                    + " job's progress). A client that would rather wait sends 'Prefer: wait=N' (1 to 60 seconds): if the"
                    + " import completes within N seconds the answer is 200 with the complete report (OFAC's lists take a"
                    + " few seconds), else 202 as above. One import of a source at a time: 'import-running' (422) while one"
                    + " runs.",
            summary = "Import a source's flagged-address list (OFAC files, CSV) as a job")
    @APIResponse(responseCode = "202", description = "Accepted and running; Location names the import's report, Link (rel=job)"
            + " its job; the body is the report so far (state RUNNING, bad lines known)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "200", description = "With 'Prefer: wait=N': completed within N seconds; the complete report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "import-running: an import of the source is still running")
    @Requires(Permission.SCREENING_LIST_IMPORT)
    public Response importList(@Parameter(description = "'wait=N' (1 to 60): wait up to N seconds for the import to complete",
                                       example = "wait=30") @HeaderParam("Prefer") String prefer,
                               @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScreeningBodies.ImportRequest.class))) String body) {
        int wait = waitOf(prefer);
        JsonBody in = JsonBody.parse(body, FIELDS, BodyLimit.IMPORT_MAX_CHARS);
        String source = in.string("source");
        FlaggedListReader.Format format = in.enumValue("format", FlaggedListReader.Format.class);
        Category category = in.enumValue("category", Category.class);
        Severity severity = in.enumValue("severity", Severity.class);
        JsonArray array = in.array("files");
        List<FieldError> errors = new ArrayList<>();
        List<FlaggedListReader.ListFile> files = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                JsonValue v = array.get(i);
                if (!(v instanceof JsonObject o)) {
                    errors.add(new FieldError("files[" + i + "]", "must be an object"));
                    continue;
                }
                JsonBody f = JsonBody.of(o, FILE_FIELDS);
                files.add(new FlaggedListReader.ListFile(f.string("name"), f.string("asset"), f.string("content")));
                String prefix = "files[" + i + "].";
                f.errors().forEach(e -> errors.add(new FieldError(prefix + e.field(), e.message())));
            }
        }
        in.throwIfInvalid(errors);
        ImportReport report = lists.importList(actor.get(), source, format, category, severity, files);
        URI location = uri.getBaseUriBuilder().path("v1/flagged-address-imports").path(Long.toString(report.id())).build();
        if (wait > 0) {
            // the job starts once the import's transaction has committed (it has, by now)
            long until = System.nanoTime() + wait * 1_000_000_000L;
            while (!report.completed() && System.nanoTime() < until) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                report = lists.importReport(actor.get(), report.id());
            }
        }
        Response.ResponseBuilder answer = report.completed() ? Response.ok() : Response.accepted();
        answer.location(location);
        if (report.jobId() != null) {
            answer.link(uri.getBaseUriBuilder().path("v1/jobs").path(Long.toString(report.jobId())).build(), "job");
        }
        if (wait > 0) {
            answer.header("Preference-Applied", "wait=" + wait);
        }
        return answer.entity(report).build();
    }

    /** The seconds of a {@code Prefer: wait=N} (RFC 7240), at most {@link #MAX_WAIT_SECONDS}; 0 without one. */
    static int waitOf(String prefer) {
        if (prefer == null) {
            return 0;
        }
        Matcher m = PREFER_WAIT.matcher(prefer);
        return m.find() ? (int) Math.min(MAX_WAIT_SECONDS, Long.parseLong(m.group(1))) : 0;
    }

    @GET
    @Operation(operationId = "listFlaggedListImports", description = "COMPLIANCE, ADMIN, AUDITOR.",
            summary = "The latest imports, of one source or all, newest first")
    @Requires(Permission.SCREENING_LIST_READ)
    public List<ImportReport> list(@QueryParam("source") String source, @QueryParam("size") @DefaultValue("20") String size) {
        List<FieldError> errors = new ArrayList<>();
        int n = QueryParams.integer("size", size, 1, 200, errors);
        String s = QueryParams.optionalText("source", source, 64, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return lists.imports(actor.get(), s == null || s.isBlank() ? null : s.strip(), n);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getFlaggedListImport", description = "COMPLIANCE, ADMIN, AUDITOR. While state is RUNNING,"
            + " percent says how far the import's job got and the counts of added, changed, removed and unchanged listings"
            + " are 0; once COMPLETED, they say what the import changed. What was read and the bad lines are there from the"
            + " start.",
            summary = "One import's report: its state and progress while its job runs; then counts, bad lines, listings added and removed")
    @Requires(Permission.SCREENING_LIST_READ)
    public ImportReport get(@PathParam("id") String id) {
        long n = QueryParams.longInteger("id", id, 1, Long.MAX_VALUE);
        return lists.importReport(actor.get(), n);
    }
}
