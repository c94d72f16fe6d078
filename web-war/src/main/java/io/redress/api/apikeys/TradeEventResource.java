package io.redress.api.apikeys;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.BodyLimit;
import io.redress.api.support.JsonBody;
import io.redress.apikeys.api.TradeIntakeResult;
import io.redress.apikeys.api.TradeReport;
import io.redress.apikeys.application.TradeIntake;
import io.redress.apikeys.application.ApiKeyInput;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    static final Set<String> FIELDS = Set.of("keyId", "accountId", "symbol", "side", "quantity", "price", "referencePrice",
            "volume24h", "sourceIp", "tradedAt", "counterpartyAccountId");

    @Inject
    TradeIntake intake;
    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveApiTradeEvents",
            description = "INTEGRATION. Good rows are kept even when others are bad: a batch with bad rows is answered"
                    + " 400 invalid-input naming each bad field as events[i].field, and its detail says how many rows"
                    + " were kept; send again only the rows named. All good: 200 with the anomalies found.",
            summary = "Receive up to 1,000 API trades; anomalies raise alerts and go to account-security cases")
    @Requires(Permission.TRADE_EVENT_RECEIVE)
    public TradeIntakeResult receive(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiKeyBodies.TradeEvents.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("events"), BodyLimit.BATCH_MAX_CHARS);
        JsonArray events = in.array("events");
        in.throwIfInvalid(events == null && in.errors().isEmpty() ? List.of(new FieldError("events", "is required")) : List.of());
        if (events.isEmpty() || events.size() > ApiKeyInput.MAX_TRADE_BATCH) {
            throw new InvalidInput("events", "1 to " + ApiKeyInput.MAX_TRADE_BATCH + " events per call");
        }
        // rows the JSON already refuses (wrong types, unknown fields) are reported with the ones the domain refuses
        Map<Integer, List<FieldError>> typeErrors = new HashMap<>();
        List<TradeReport> rows = new ArrayList<>(events.size());
        List<Integer> indexes = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            JsonValue v = events.get(i);
            String prefix = "events[" + i + "]";
            if (!(v instanceof JsonObject o)) {
                typeErrors.put(i, List.of(new FieldError(prefix, "must be an object")));
                continue;
            }
            JsonBody row = JsonBody.of(o, FIELDS);
            TradeReport r = new TradeReport(row.string("keyId"), row.string("accountId"), row.string("symbol"),
                    row.string("side"), row.decimal("quantity"), row.decimal("price"), row.decimal("referencePrice"),
                    row.decimal("volume24h"), row.string("sourceIp"), row.instant("tradedAt"),
                    row.string("counterpartyAccountId"));
            if (!row.errors().isEmpty()) {
                typeErrors.put(i, row.errors().stream().map(e -> new FieldError(prefix + "." + e.field(), e.message())).toList());
                continue;
            }
            rows.add(r);
            indexes.add(i);
        }
        // called with no row too: the caller's authorization is the service's to check, before any answer about rows
        TradeIntakeResult result = intake.receive(actor.get(), rows);
        List<FieldError> all = new ArrayList<>();
        Map<Integer, List<FieldError>> byIndex = new java.util.TreeMap<>(typeErrors);
        for (TradeIntakeResult.RejectedRow bad : result.rejected()) {
            // the intake numbered the rows it was given; name them by their place in the request
            int original = indexes.get(bad.index());
            String from = "events[" + bad.index() + "]";
            String to = "events[" + original + "]";
            byIndex.put(original, bad.errors().stream().map(e -> new FieldError(e.field().replace(from, to), e.message())).toList());
        }
        byIndex.values().forEach(all::addAll);
        if (!all.isEmpty()) {
            throw new InvalidInput(all, result.accepted() + " of " + events.size() + " events were kept; the "
                    + byIndex.size() + " rows named in errors were not (send only those again, corrected)");
        }
        return result;
    }
}
