package io.redress.api.restrictions;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.restrictions.api.ProtectiveLocks.LockView;
import io.redress.restrictions.application.ProtectiveLockService;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An account's protective lock: a measure in the customer's favour after their API keys were exposed (no API trading,
 * no withdrawals to new addresses), lifted by the customer's verification. Third-party incidents' bulk actions place
 * it on every affected account; SECURITY and SUPERVISOR may place it on one.
 */
@Tag(name = "Accounts")
@Path("v1/accounts/{accountId}/protective-lock")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProtectiveLockResource {

    @Inject
    ProtectiveLockService locks;
    @Inject
    CurrentActor actor;

    @Schema(name = "ProtectiveLock", description = "An account's protective lock")
    public record Lock(
            @Schema(required = true) String accountId,
            @Schema(required = true, description = "Whether the lock is on") boolean locked,
            @Schema(description = "What placed it: incident:<reference> (a bulk action) or staff:<username>; absent when off")
            String reason,
            @Schema(description = "When it was placed (ISO-8601 UTC); absent when off") String since,
            @Schema(required = true, description = "The account standing's version: send it back to place or lift")
            long version) {

        static Lock of(LockView v) {
            return new Lock(v.accountId(), v.locked(), v.reason(), v.since() == null ? null : v.since().toString(), v.version());
        }
    }

    @Schema(name = "ProtectiveLockPlacement", description = "Placing a protective lock on one account")
    public record Placement(
            @Schema(required = true, description = "Why, for colleagues and auditors", minLength = 10, maxLength = 500)
            String reason,
            @Schema(description = "The language of the customer's letter announcing the lock (default en)",
                    enumeration = {"en", "fr", "ja"}) String language,
            @Schema(description = "The version read; 409 when the standing changed since") Long version) {
    }

    @Schema(name = "ProtectiveLockLift", description = "Lifting a protective lock once the customer has verified themselves")
    public record Lift(
            @Schema(required = true, description = "The exchange's reference of the customer's verification (one line)",
                    minLength = 3, maxLength = 200) String verification,
            @Schema(description = "The language of the customer's letter announcing the lift (default en)",
                    enumeration = {"en", "fr", "ja"}) String language,
            @Schema(description = "The version read; 409 when the standing changed since") Long version) {
    }

    @GET
    @Operation(operationId = "getProtectiveLock", summary = "Whether a protective lock is on the account, why and since when",
            description = "Staff and the exchange.")
    @APIResponse(responseCode = "200", description = "The lock",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Lock.class)))
    @Requires(Permission.PROTECTIVE_LOCK_READ)
    public Lock get(@PathParam("accountId") String accountId) {
        return Lock.of(locks.get(actor.get(), accountId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "placeProtectiveLock", summary = "Place a protective lock on one account (SECURITY, SUPERVISOR)",
            description = "From the next decision on, on every instance: API_TRADE and WITHDRAW_TO_NEW_ADDRESS are refused"
                    + " with PROTECTIVE_LOCK; WITHDRAW is answered as the account's status says, with PROTECTIVE_LOCK among"
                    + " its reasons (to addresses already used only). Not a restriction: the status does not change."
                    + " 422 protective-lock-on when one is on already. Audited on the account's timeline; the customer's"
                    + " letter (kind PROTECTIVE_LOCK_PLACED) is queued in the outbox with the lock.")
    @APIResponse(responseCode = "200", description = "The lock as it now is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Lock.class)))
    @Requires(Permission.PROTECTIVE_LOCK_PLACE)
    public Lock place(@PathParam("accountId") String accountId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Placement.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("reason", "language", "version"));
        String reason = in.string("reason");
        String language = in.string("language");
        Long version = in.longValue("version");
        in.throwIfInvalid(List.of());
        return Lock.of(locks.place(actor.get(), accountId, reason, language, version));
    }

    @POST
    @Path("lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "liftProtectiveLock",
            summary = "Lift the protective lock once the customer has verified themselves (INTEGRATION, SECURITY)",
            description = "The verification's reference is audited on the account's timeline; the customer's letter"
                    + " (kind PROTECTIVE_LOCK_LIFTED) is queued in the outbox with the lift. 422 protective-lock-off"
                    + " when no lock is on.")
    @APIResponse(responseCode = "200", description = "The lock as it now is (off)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Lock.class)))
    @Requires(Permission.PROTECTIVE_LOCK_LIFT)
    public Lock lift(@PathParam("accountId") String accountId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Lift.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("verification", "language", "version"));
        String verification = in.string("verification");
        String language = in.string("language");
        Long version = in.longValue("version");
        in.throwIfInvalid(List.of());
        return Lock.of(locks.lift(actor.get(), accountId, verification, language, version));
    }
}
