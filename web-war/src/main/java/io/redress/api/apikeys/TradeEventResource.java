package io.redress.api.apikeys;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.BodyLimit;
import io.redress.apikeys.api.TradeIntakeResult;
import io.redress.apikeys.api.TradeReport;
import io.redress.apikeys.application.TradeIntake;
import io.redress.apikeys.application.ApiKeyInput;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API trade events from the exchange, in batches; the anomaly rules run on them. */
@Path("v1/api-trade-events")
@Tag(name = "API keys", description = "The registry of the exchange's API keys, their third parties and the key policy")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TradeEventResource {

    @Inject
    TradeIntake intake;
    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveApiTradeEvents",
            description = "INTEGRATION. Good rows are kept even when others are bad: a batch with bad rows is answered"
                    + " 400 invalid-input naming each bad field as events[i].field, and its detail says how many rows"
                    + " were kept; send again only the rows named, or the whole batch when its rows carry tradeId (a"
                    + " row whose key already has a trade with its tradeId is not kept again: 200 lists its index in"
                    + " alreadyKept). All good: 200 with the anomalies found.",
            summary = "Receive up to 1,000 API trades; anomalies raise alerts and go to account-security cases")
    @Requires(Permission.TRADE_EVENT_RECEIVE)
    public TradeIntakeResult receive(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiKeyBodies.TradeEvents.class))) String body) {
        TradeEventBatch batch = TradeEventBatch.read(body, BodyLimit.BATCH_MAX_CHARS, ApiKeyInput.MAX_TRADE_BATCH);
        List<TradeReport> rows = batch.rows();
        List<Integer> indexes = batch.indexes();
        // called with no row too: the caller's authorization is the service's to check, before any answer about rows
        TradeIntakeResult result = intake.receive(actor.get(), rows);
        List<FieldError> all = new ArrayList<>();
        // rows the JSON already refuses (wrong types, unknown fields) are reported with the ones the domain refuses
        Map<Integer, List<FieldError>> byIndex = new TreeMap<>(batch.refused());
        for (TradeIntakeResult.RejectedRow bad : result.rejected()) {
            // the intake numbered the rows it was given; name them by their place in the request
            int original = indexes.get(bad.index());
            String from = "events[" + bad.index() + "]";
            String to = "events[" + original + "]";
            byIndex.put(original, bad.errors().stream().map(e -> new FieldError(e.field().replace(from, to), e.message())).toList());
        }
        byIndex.values().forEach(all::addAll);
        List<Integer> alreadyKept = result.alreadyKept().stream().map(indexes::get).toList();
        if (!all.isEmpty()) {
            throw new InvalidInput(all, result.accepted() + " of " + batch.size() + " events were kept"
                    + (alreadyKept.isEmpty() ? "" : " and " + alreadyKept.size() + " had been kept before (their tradeId)")
                    + "; the " + byIndex.size() + " rows named in errors were not (send only those again, corrected)");
        }
        return new TradeIntakeResult(result.accepted(), result.rejected(), result.anomalies(), alreadyKept);
    }
}
