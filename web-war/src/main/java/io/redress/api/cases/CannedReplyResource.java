package io.redress.api.cases;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.cases.application.CannedReplies;
import io.redress.cases.domain.CannedReplyRules;
import io.redress.cases.domain.CannedReplyView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The canned replies agents insert into a reply; ADMIN keeps them. */
@Tag(name = "Canned replies", description = "Text snippets, per language, that agents insert into a reply on a case")
@Path("v1/canned-replies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CannedReplyResource {

    @Inject
    CannedReplies replies;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listCannedReplies",
            description = "AGENT, SUPERVISOR, SECURITY, COMPLIANCE, ADMIN. By language then title; retired ones only"
                    + " with retired=true.",
            summary = "The canned replies, of one language or all")
    @Requires(Permission.CANNED_REPLY_READ)
    public List<CannedReplyView> list(
            @Parameter(description = "en, fr or ja; all languages when absent") @QueryParam("language") String language,
            @Parameter(description = "true: retired replies too") @QueryParam("retired") String retired) {
        List<FieldError> errors = new ArrayList<>();
        if (language != null && !language.isBlank()) {
            errors.addAll(CannedReplyRules.checkLanguage("language", language.strip()));
        }
        if (retired != null && !retired.isBlank() && !retired.equals("true") && !retired.equals("false")) {
            errors.add(new FieldError("retired", "must be true or false"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return replies.list(actor.get(), language == null || language.isBlank() ? null : language.strip(), "true".equals(retired));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCannedReply", description = "404 for an unknown id. The ETag is its version, for If-Match.",
            summary = "One canned reply")
    @APIResponse(responseCode = "200", description = "The reply",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CannedReplyView.class)))
    @Requires(Permission.CANNED_REPLY_READ)
    public Response get(@PathParam("id") String id) {
        CannedReplyView r = replies.get(actor.get(), id);
        return Response.ok(r).tag(etag(r)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCannedReply", description = "ADMIN.", summary = "Add a canned reply")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CannedReplyView.class)))
    @Requires(Permission.CANNED_REPLY_DEFINE)
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseBodies.CannedReplyDefinition.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("title", "language", "body"));
        String title = in.string("title");
        String language = in.string("language");
        String text = in.string("body");
        in.throwIfInvalid(CannedReplyRules.check(title, language, text));
        CannedReplyView created = replies.create(actor.get(), title, language, text);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created)
                .tag(etag(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseCannedReply",
            description = "ADMIN; `version` as read, or If-Match (409 if it changed). A retired reply is refused"
                    + " (422 canned-reply-retired).",
            summary = "Change a canned reply's title, language or text")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CannedReplyView.class)))
    @Requires(Permission.CANNED_REPLY_DEFINE)
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseBodies.CannedReplyRevision.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("title", "language", "body", "version"));
        String title = in.string("title");
        String language = in.string("language");
        String text = in.string("body");
        Long version = in.versionOrIfMatch(ifMatch, "canned reply");
        in.throwIfInvalid(CannedReplyRules.check(title, language, text));
        CannedReplyView r = replies.revise(actor.get(), id, version, title, language, text);
        return Response.ok(r).tag(etag(r)).build();
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "retireCannedReply",
            description = "ADMIN; `version` as read, or If-Match. No longer offered nor editable; kept for the record."
                    + " Retiring twice is refused (422 canned-reply-retired).",
            summary = "Retire a canned reply")
    @APIResponse(responseCode = "200", description = "Retired",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CannedReplyView.class)))
    @Requires(Permission.CANNED_REPLY_DEFINE)
    public Response retire(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseBodies.CannedReplyRetirement.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "reason"));
        Long version = in.versionOrIfMatch(ifMatch, "canned reply");
        String reason = in.string("reason");
        in.throwIfInvalid(CannedReplyRules.checkRetirement(reason));
        CannedReplyView r = replies.retire(actor.get(), id, version, reason);
        return Response.ok(r).tag(etag(r)).build();
    }

    private static EntityTag etag(CannedReplyView r) {
        return new EntityTag(Long.toString(r.version()));
    }
}
