package io.redress.api.screening;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.screening.api.DepositReport;
import io.redress.screening.application.DepositScreener;
import io.redress.screening.domain.ScreeningView;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A deposit's screening: exposure to flagged addresses, and PASS, HOLD or FREEZE. */
@Path("v1/deposits")
@Tag(name = "Screening", description = "KYT/KYW: flagged-address lists, the transaction graph, deposit screening")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DepositScreeningResource {

    static final Set<String> FIELDS = Set.of("accountId", "chain", "asset", "txHash", "sendingAddress", "amount", "selfHosted",
            "valueEur", "language");

    @Inject
    DepositScreener screener;
    @Inject
    CurrentActor actor;

    @POST
    @Path("screen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "screenDeposit",
            description = "INTEGRATION. Exposure per category: DIRECT when the sender is listed (one degree of separation),"
                    + " INDIRECT when value was traced to a listed address two or more hops back (up to the hop limit), the"
                    + " share of the deposit traced there by the proportional method (README, Screening) and the shortest"
                    + " path as evidence. decision: PASS, HOLD (review) or FREEZE, covering coveredAmount of the deposit;"
                    + " a HOLD or FREEZE is in the account's next WITHDRAW decision (fundsHeld). The same deposit (account,"
                    + " chain, txHash) screened again is answered as the first time (repeated: true). language (en, fr, ja; default"
                    + " en): the customer is told of a hold or freeze, and of its release, in it.",
            summary = "Screen a deposit: exposure, PASS / HOLD / FREEZE")
    @Requires(Permission.DEPOSIT_SCREEN)
    public ScreeningView screen(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScreeningBodies.Deposit.class))) String body) {
        JsonBody in = JsonBody.parse(body, FIELDS);
        DepositReport r = new DepositReport(in.string("accountId"), in.string("chain"), in.string("asset"), in.string("txHash"),
                in.string("sendingAddress"), in.decimal("amount"), in.bool("selfHosted"), in.decimal("valueEur"),
                in.string("language"));
        // wrong types are reported with the other errors, after the caller's authorization
        return screener.screen(actor.get(), r, in.errors());
    }
}
