package io.redress.api.publicposts;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.api.support.QueryParams;
import io.redress.publicposts.application.PostDesk;
import io.redress.publicposts.application.PostIntake;
import io.redress.publicposts.domain.CampaignView;
import io.redress.publicposts.domain.NewPost;
import io.redress.publicposts.domain.PostView;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Public complaints from the social-listening feed, their classification, and campaigns. */
@Tag(name = "Public posts", description = "Public complaints, their classification and campaigns")
@Path("v1")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicPostResource {

    @Inject
    PostIntake intake;
    @Inject
    PostDesk desk;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uri;

    @POST
    @Path("public-posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receivePublicPost",
            description = "INTEGRATION and staff. Matched to an account by social handle and to a case by ticket number; "
                    + "near-duplicates form campaigns.",
            summary = "Report a public post (201); the same URL again answers the stored post (200)")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostIntake.Received.class)))
    @APIResponse(responseCode = "200", description = "Already stored under this URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostIntake.Received.class)))
    @Requires(Permission.POST_RECEIVE)
    public Response receive(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostBodies.NewPost.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("platform", "url", "authorHandle", "text", "reach", "postedAt"));
        NewPost post = new NewPost(in.string("platform"), in.string("url"), in.string("authorHandle"), in.string("text"),
                in.longValue("reach"), in.string("postedAt"));
        in.throwIfInvalid(List.of());
        PostIntake.Received r = intake.receive(actor.get(), post);
        Response.ResponseBuilder response = r.created()
                ? Response.created(uri.getBaseUriBuilder().path("v1/public-posts").path(Long.toString(r.post().id())).build())
                : Response.ok();
        return response.entity(r).build();
    }

    @GET
    @Path("public-posts")
    @Operation(operationId = "listPublicPosts",
            description = "Staff. size is 1 to 200.",
            summary = "The inbox, newest first")
    @Requires(Permission.POST_READ)
    public List<PostView> inbox(@QueryParam("unreviewed") @DefaultValue("false") String unreviewed,
                                @QueryParam("size") @DefaultValue("50") String size) {
        return desk.inbox(actor.get(), QueryParams.bool("unreviewed", unreviewed), QueryParams.integer("size", size, 1, PostDesk.MAX_SIZE));
    }

    @GET
    @Path("public-posts/{id}")
    @Operation(operationId = "getPublicPost", summary = "One public post",
            description = "Staff. With its suggestion, evidence and classification.")
    @Requires(Permission.POST_READ)
    public PostView get(@PathParam("id") long id) {
        return desk.get(actor.get(), id);
    }

    @POST
    @Path("public-posts/{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "classifyPublicPost",
            description = "Staff. Both the suggestion and the person's choice are kept.",
            summary = "Confirm or override the suggested kind (an override needs a reason)")
    @Requires(Permission.POST_CLASSIFY)
    public PostView classify(@PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostBodies.Classification.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "kind", "note"));
        Long version = in.requiredLong("version");
        String kind = in.string("kind");
        String note = in.string("note");
        in.throwIfInvalid(List.of());
        return desk.classify(actor.get(), id, version, kind, note);
    }

    @GET
    @Path("campaigns")
    @Operation(operationId = "listCampaigns", summary = "Recent campaigns",
            description = "Staff. Three or more handles posting near-duplicate text within 24 hours; size is 1 to 200.")
    @Requires(Permission.POST_READ)
    public List<CampaignView> campaigns(@QueryParam("size") @DefaultValue("50") String size) {
        return desk.campaigns(actor.get(), QueryParams.integer("size", size, 1, PostDesk.MAX_SIZE));
    }

    @GET
    @Path("campaigns/{id}")
    @Operation(operationId = "getCampaign",
            description = "Staff.",
            summary = "A campaign: its posts, handles and timeline")
    @Requires(Permission.POST_READ)
    public CampaignView campaign(@PathParam("id") long id) {
        return desk.campaign(actor.get(), id);
    }
}
