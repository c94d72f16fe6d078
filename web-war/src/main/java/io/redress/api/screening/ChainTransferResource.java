package io.redress.api.screening;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.BodyLimit;
import io.redress.api.support.JsonBody;
import io.redress.screening.api.TransferReport;
import io.redress.screening.application.TransferIntake;
import io.redress.screening.domain.ScreeningRules;
import io.redress.screening.domain.TransferIntakeResult;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** On-chain transfers from the exchange, in batches: the transaction graph screening traces through. */
@Path("v1/chain-transfers")
@Tag(name = "Screening", description = "KYT/KYW: flagged-address lists, the transaction graph, deposit screening")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChainTransferResource {

    static final Set<String> FIELDS = Set.of("chain", "txHash", "outputIndex", "asset", "from", "to", "amount", "occurredAt");

    @Inject
    TransferIntake intake;
    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveChainTransfers",
            description = "INTEGRATION. Idempotent on (chain, txHash, outputIndex): rows already stored are counted as"
                    + " duplicates and change nothing, so a batch may be sent again whole. Good rows are kept even when"
                    + " others are bad: a batch with bad rows is answered 400 invalid-input naming each bad field as"
                    + " transfers[i].field, its detail saying how many rows were kept. Kept transfers are seen by the next"
                    + " screening on this instance.",
            summary = "Receive up to 1,000 on-chain transfers (the transaction graph)")
    @Requires(Permission.CHAIN_TRANSFER_RECEIVE)
    public TransferIntakeResult receive(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScreeningBodies.Transfers.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("transfers"), BodyLimit.BATCH_MAX_CHARS);
        JsonArray rows = in.array("transfers");
        in.throwIfInvalid(rows == null && in.errors().isEmpty() ? List.of(new FieldError("transfers", "is required")) : List.of());
        if (rows.isEmpty() || rows.size() > ScreeningRules.MAX_BATCH) {
            throw new InvalidInput("transfers", "1 to " + ScreeningRules.MAX_BATCH + " transfers per call");
        }
        Map<Integer, List<FieldError>> byIndex = new TreeMap<>();
        List<TransferReport> good = new ArrayList<>(rows.size());
        List<Integer> indexes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonValue v = rows.get(i);
            String prefix = "transfers[" + i + "]";
            if (!(v instanceof JsonObject o)) {
                byIndex.put(i, List.of(new FieldError(prefix, "must be an object")));
                continue;
            }
            JsonBody row = JsonBody.of(o, FIELDS);
            TransferReport r = new TransferReport(row.string("chain"), row.string("txHash"), row.integer("outputIndex"),
                    row.string("asset"), row.string("from"), row.string("to"), row.decimal("amount"), row.instant("occurredAt"));
            if (!row.errors().isEmpty()) {
                byIndex.put(i, row.errors().stream().map(e -> new FieldError(prefix + "." + e.field(), e.message())).toList());
                continue;
            }
            good.add(r);
            indexes.add(i);
        }
        TransferIntakeResult result = intake.receive(actor.get(), good);
        for (TransferIntakeResult.RejectedRow bad : result.rejected()) {
            int original = indexes.get(bad.index());
            String from = "transfers[" + bad.index() + "]";
            String to = "transfers[" + original + "]";
            byIndex.put(original, bad.errors().stream().map(e -> new FieldError(e.field().replace(from, to), e.message())).toList());
        }
        if (!byIndex.isEmpty()) {
            List<FieldError> all = new ArrayList<>();
            byIndex.values().forEach(all::addAll);
            throw new InvalidInput(all, result.accepted() + " of " + rows.size() + " transfers were kept (" + result.duplicates()
                    + " already known); the " + byIndex.size() + " rows named in errors were not (send them again, corrected)");
        }
        return result;
    }
}
