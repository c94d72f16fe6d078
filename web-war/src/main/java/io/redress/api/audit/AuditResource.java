package io.redress.api.audit;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.QueryParams;
import io.redress.audit.api.AuditFilter;
import io.redress.audit.api.ChainSeal;
import io.redress.audit.api.ExportedEntry;
import io.redress.audit.application.AuditExport;
import io.redress.audit.application.AuditLog;
import io.redress.audit.domain.ChainStatus;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tamper-evident audit trail for auditors: its verification, and its export with the verification (AUDITOR). */
@Tag(name = "Audit", description = "The tamper-evident audit trail")
@Path("v1/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";
    private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    @Inject
    AuditLog auditLog;
    @Inject
    AuditExport export;
    @Inject
    CurrentActor actor;
    @Context
    HttpHeaders headers;

    @GET
    @Path("verify")
    @Operation(operationId = "verifyAuditChain",
            description = "AUDITOR.",
            summary = "Recompute the audit chain; reports the first broken sequence number, if any")
    @Requires(Permission.AUDIT_VERIFY)
    public ChainStatus verify() {
        return auditLog.verify(actor.get());
    }

    @GET
    @Produces({NDJSON, CSV})
    @Operation(operationId = "exportAudit",
            summary = "Export the audit trail, filtered, with the chain's verification and head (AUDITOR)",
            description = "Streams the entries oldest first, every field as sealed with its previous hash and hash, as"
                    + " JSON lines (`application/x-ndjson`, the default) or CSV (`text/csv`), chosen by `format` or"
                    + " Accept. The chain is verified first; its result and head (sequence number and hash) are in the"
                    + " `Redress-Chain-*` headers and in the last line or row (`record`: `chain`). Only entries up to"
                    + " that head are exported. Filters: `account` (its timeline: entries that name it, and older ones"
                    + " tied to it by migration, `accountLink` `derived`), `entity` (`Restriction` or `Restriction:42`),"
                    + " `actor`, `from` (inclusive) and `to` (exclusive) as ISO-8601 UTC times, `after` (a sequence"
                    + " number: continue an earlier export from its head).")
    @APIResponse(responseCode = "200", description = "The entries, then the chain's verification and head",
            content = {@Content(mediaType = NDJSON, schema = @Schema(implementation = ExportedEntry.class)),
                    @Content(mediaType = CSV, schema = @Schema(implementation = String.class))})
    @Requires(Permission.AUDIT_EXPORT)
    public Response exportTrail(@QueryParam("account") String account, @QueryParam("entity") String entity,
                                @QueryParam("actor") String who, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("after") String after,
                                @QueryParam("format") String format) {
        List<FieldError> errors = new ArrayList<>();
        String accountId = QueryParams.optionalText("account", account, 64, errors);
        String entityType = null;
        String entityId = null;
        String entitySpec = QueryParams.optionalText("entity", entity, 200, errors);
        if (entitySpec != null) {
            int colon = entitySpec.indexOf(':');
            entityType = colon < 0 ? entitySpec : entitySpec.substring(0, colon);
            entityId = colon < 0 ? null : entitySpec.substring(colon + 1);
            if (!ENTITY_TYPE.matcher(entityType).matches() || (entityId != null && (entityId.isEmpty() || entityId.length() > 128))) {
                errors.add(new FieldError("entity", "a record type such as Restriction, or type:id such as Restriction:42"));
            }
        }
        String actorName = QueryParams.optionalText("actor", who, 128, errors);
        Instant fromAt = QueryParams.optionalInstant("from", from, errors);
        Instant toAt = QueryParams.optionalInstant("to", to, errors);
        Long afterSeq = QueryParams.optionalLong("after", after, 0, Long.MAX_VALUE, errors);
        MediaType type = mediaType(format, errors);
        if (fromAt != null && toAt != null && !toAt.isAfter(fromAt)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        AuditFilter filter = new AuditFilter(accountId, entityType, entityId, actorName, fromAt, toAt, afterSeq);
        Actor a = actor.get();
        ChainSeal seal = export.seal(a);
        boolean csv = type.isCompatible(MediaType.valueOf(CSV));
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            AuditLines lines = csv ? AuditLines.csv(w) : AuditLines.json(w);
            lines.header();
            long cursor = afterSeq == null ? 0 : afterSeq;
            long exported = 0;
            while (true) {
                List<ExportedEntry> page = export.page(a, filter, cursor, seal.headSeq());
                for (ExportedEntry e : page) {
                    lines.entry(e);
                }
                exported += page.size();
                if (page.size() < AuditExport.PAGE) {
                    break;
                }
                cursor = page.get(page.size() - 1).seq();
                w.flush();
            }
            lines.trailer(seal, exported);
            w.flush();
        };
        return Response.ok(body, csv ? MediaType.valueOf(CSV + ";charset=UTF-8") : MediaType.valueOf(NDJSON))
                .header("Redress-Chain-Intact", seal.intact())
                .header("Redress-Chain-Head-Seq", seal.headSeq())
                .header("Redress-Chain-Head-Hash", seal.headHash())
                .header("Redress-Chain-Verified-At", seal.verifiedAt().toString())
                .header("Redress-Chain-Pending", seal.pending())
                .header("Redress-Chain-Pending-Since", seal.pendingSince() == null ? null : seal.pendingSince().toString())
                .header("Content-Disposition", "attachment; filename=\"audit-" + seal.headSeq() + (csv ? ".csv\"" : ".ndjson\""))
                .build();
    }

    /** {@code format} wins; otherwise the first of the two the Accept header takes; JSON lines by default. */
    private MediaType mediaType(String format, List<FieldError> errors) {
        if (format != null && !format.isBlank()) {
            switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv":
                    return MediaType.valueOf(CSV);
                case "ndjson", "jsonl", "json":
                    return MediaType.valueOf(NDJSON);
                default:
                    errors.add(new FieldError("format", "ndjson or csv"));
                    return MediaType.valueOf(NDJSON);
            }
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (!accepted.isWildcardType() && accepted.isCompatible(MediaType.valueOf(CSV))) {
                return MediaType.valueOf(CSV);
            }
            if (accepted.isCompatible(MediaType.valueOf(NDJSON))) {
                return MediaType.valueOf(NDJSON);
            }
        }
        return MediaType.valueOf(NDJSON);
    }
}
