package io.redress.api.restrictions;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.QueryParams;
import io.redress.restrictions.application.NoticeService;
import io.redress.restrictions.domain.NoticeView;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customer notices for the exchange to deliver: read after a cursor, then acknowledge each. */
@Tag(name = "Notices", description = "Customer notices of restrictions, for the exchange to deliver")
@Path("v1/notices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    @Inject
    NoticeService notices;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "readNotices",
            description = "INTEGRATION. limit is 1 to 500.",
            summary = "Notices with an id greater than `after`, oldest first (INTEGRATION); pass the last id you saw")
    @Requires(Permission.NOTICE_FEED)
    public List<NoticeView> after(@QueryParam("after") @DefaultValue("0") String after,
                                  @QueryParam("limit") @DefaultValue("100") String limit) {
        long cursor = QueryParams.longInteger("after", after, 0, Long.MAX_VALUE);
        int max = QueryParams.integer("limit", limit, 1, NoticeService.MAX_BATCH);
        return notices.after(actor.get(), cursor, max);
    }

    @POST
    @Path("{id}/delivered")
    @Operation(operationId = "acknowledgeNotice",
            description = "INTEGRATION.",
            summary = "Acknowledge that a notice reached the customer; repeating it changes nothing")
    @Requires(Permission.NOTICE_ACKNOWLEDGE)
    public NoticeView delivered(@PathParam("id") long id) {
        return notices.acknowledge(actor.get(), id);
    }
}
