package io.redress.api.cases;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.QueryParams;
import io.redress.cases.application.Outbox;
import io.redress.cases.domain.OutboxView;
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

/**
 * The outbox the exchange delivers from. Channel ACCOUNT_INBOX means: deliver privately to the account (a case
 * that began with a public post is never answered in public).
 */
@Tag(name = "Outbox", description = "Messages for the exchange to deliver to customers")
@Path("v1/outbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    Outbox outbox;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "readOutbox",
            description = "INTEGRATION. limit is 1 to 500.",
            summary = "Messages in id order after the last id the exchange has seen; with pending=true every message"
            + " not yet acknowledged (recommended with several Redress instances) (INTEGRATION)")
    @Requires(Permission.OUTBOX_READ)
    public List<OutboxView> after(@QueryParam("after") @DefaultValue("0") String after,
                                  @QueryParam("pending") @DefaultValue("false") String pending,
                                  @QueryParam("limit") @DefaultValue("100") String limit) {
        long cursor = QueryParams.longInteger("after", after, 0, Long.MAX_VALUE);
        int max = QueryParams.integer("limit", limit, 1, Outbox.MAX_BATCH);
        return QueryParams.bool("pending", pending) ? outbox.pending(actor.get(), max) : outbox.after(actor.get(), cursor, max);
    }

    @POST
    @Path("{id}/ack")
    @Operation(operationId = "acknowledgeOutboxMessage",
            description = "INTEGRATION. Repeating it changes nothing.",
            summary = "The exchange delivered the message; idempotent")
    @Requires(Permission.OUTBOX_ACKNOWLEDGE)
    public OutboxView acknowledge(@PathParam("id") long id) {
        return outbox.acknowledge(actor.get(), id);
    }
}
