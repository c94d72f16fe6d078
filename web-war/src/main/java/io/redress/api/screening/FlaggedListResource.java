package io.redress.api.screening;

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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importFlaggedList",
            description = "COMPLIANCE, ADMIN. Every address is checked in its asset's formats (checksums included); a bad"
                    + " line is reported in badLineDetails as file:line: why, and the other lines are imported. The"
                    + " source's listings of the assets the files cover become what the files say: the answer names what"
                    + " was added, changed and removed since the source's last import (importing the same files again"
                    + " changes nothing).",
            summary = "Import a source's flagged-address list (OFAC files, CSV)")
    @APIResponse(responseCode = "201", description = "Imported; Location names the import's report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    public Response importList(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScreeningBodies.ImportRequest.class))) String body) {
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
        return Response.created(uri.getBaseUriBuilder().path("v1/flagged-address-imports").path(Long.toString(report.id())).build())
                .entity(report).build();
    }

    @GET
    @Operation(operationId = "listFlaggedListImports", description = "COMPLIANCE, ADMIN, AUDITOR.",
            summary = "The latest imports, of one source or all, newest first")
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
    @Operation(operationId = "getFlaggedListImport", description = "COMPLIANCE, ADMIN, AUDITOR.",
            summary = "One import's report: counts, bad lines, listings added and removed")
    public ImportReport get(@PathParam("id") String id) {
        long n = QueryParams.longInteger("id", id, 1, Long.MAX_VALUE);
        return lists.importReport(actor.get(), n);
    }
}
