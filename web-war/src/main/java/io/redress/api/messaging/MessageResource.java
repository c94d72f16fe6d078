package io.redress.api.messaging;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.QueryParams;
import io.redress.messaging.api.CustomerMessageView;
import io.redress.messaging.api.MessageBatch;
import io.redress.messaging.application.CustomerOutbox;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one customer outbox, for the exchange to deliver: everything Redress sends a customer (case acknowledgements and
 * replies, restriction notices, ...). Channel ACCOUNT_INBOX means: deliver privately to the account.
 */
@Tag(name = "Messages", description = "Every message to a customer, for the exchange to deliver and acknowledge")
@Path("v1/messages")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    @Inject
    CustomerOutbox outbox;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "readMessages",
            summary = "Messages to deliver: every one not yet acknowledged (pending=true), or those after a delivery"
                    + " position (INTEGRATION)",
            description = "`pending=true` answers every message not yet acknowledged, oldest first. Otherwise the"
                    + " messages whose `position` is greater than `after` (default 0), in position order, and `next`,"
                    + " the `after` of the following read. Positions follow commit order, so a message committed late on"
                    + " another instance is never passed over. `limit` is 1 to 500.")
    @Requires(Permission.OUTBOX_READ)
    public MessageBatch read(@QueryParam("pending") @DefaultValue("false") String pending,
                                     @QueryParam("after") String after,
                                     @QueryParam("limit") @DefaultValue("100") String limit) {
        List<FieldError> errors = new ArrayList<>();
        boolean all = "true".equals(pending);
        if (!all && !"false".equals(pending)) {
            errors.add(new FieldError("pending", "must be true or false"));
        }
        Long position = QueryParams.optionalLong("after", after, 0, Long.MAX_VALUE, errors);
        int max = QueryParams.integer("limit", limit, 1, CustomerOutbox.MAX_BATCH, errors);
        if (all && position != null) {
            errors.add(new FieldError("after", "not with pending=true: pending answers every message not yet acknowledged"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return all ? outbox.pending(actor.get(), max) : outbox.after(actor.get(), position == null ? 0 : position, max);
    }

    @POST
    @Path("{id}/ack")
    @Operation(operationId = "acknowledgeMessage",
            summary = "The exchange delivered the message; idempotent (INTEGRATION)",
            description = "Repeating it changes nothing; the first acknowledgement is audited.")
    @Requires(Permission.OUTBOX_ACKNOWLEDGE)
    public CustomerMessageView acknowledge(@PathParam("id") String id) {
        return outbox.acknowledge(actor.get(), QueryParams.longInteger("id", id, 1, Long.MAX_VALUE));
    }
}
