package io.redress.screening.application;

import io.redress.screening.domain.Category;
import io.redress.screening.domain.ScreeningView;
import io.redress.screening.domain.Severity;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A screening's exposure as kept with it (JSON text), so that a repeated screening answers exactly what the first did. */
final class ExposureJson {

    /*
     * Found once: every Json.createXxx call looks the JSON-P provider up through the ServiceLoader (in the server, through
     * the application's class loaders), and a screening wrote about eight builders for one category met, dozens for
     * several (JsonBody found the same for the reader).
     */
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private ExposureJson() {
    }

    static String write(List<ScreeningView.ExposureView> exposures) {
        JsonArrayBuilder all = BUILDERS.createArrayBuilder();
        for (ScreeningView.ExposureView e : exposures) {
            JsonArrayBuilder hops = BUILDERS.createArrayBuilder();
            e.sharesByHop().forEach(hops::add);
            JsonArrayBuilder listings = BUILDERS.createArrayBuilder();
            for (ScreeningView.ListingView l : e.listings()) {
                JsonObjectBuilder listing = BUILDERS.createObjectBuilder().add("address", l.address()).add("source", l.source())
                        .add("asset", l.asset()).add("severity", l.severity().name());
                listings.add(l.label() == null ? listing.addNull("label") : listing.add("label", l.label()));
            }
            JsonArrayBuilder path = BUILDERS.createArrayBuilder();
            for (ScreeningView.PathStep s : e.path()) {
                path.add(BUILDERS.createObjectBuilder().add("from", s.from()).add("to", s.to()).add("txHash", s.txHash())
                        .add("outputIndex", s.outputIndex()).add("amount", s.amount()));
            }
            all.add(BUILDERS.createObjectBuilder().add("category", e.category().name()).add("degree", e.degree())
                    .add("share", e.share()).add("directShare", e.directShare()).add("indirectShare", e.indirectShare())
                    .add("sharesByHop", hops).add("tracedAmount", e.tracedAmount()).add("nearestHops", e.nearestHops())
                    .add("listings", listings).add("path", path));
        }
        return all.build().toString();
    }

    static List<ScreeningView.ExposureView> read(String text) {
        JsonArray all;
        try (JsonReader r = READERS.createReader(new StringReader(text))) {
            all = r.readArray();
        }
        List<ScreeningView.ExposureView> out = new ArrayList<>();
        for (JsonObject e : all.getValuesAs(JsonObject.class)) {
            List<BigDecimal> hops = e.getJsonArray("sharesByHop").getValuesAs(JsonNumber.class).stream().map(JsonNumber::bigDecimalValue).toList();
            List<ScreeningView.ListingView> listings = e.getJsonArray("listings").getValuesAs(JsonObject.class).stream()
                    .map(l -> new ScreeningView.ListingView(l.getString("address"), l.getString("source"), l.getString("asset"),
                            Severity.valueOf(l.getString("severity")), l.isNull("label") ? null : l.getString("label"))).toList();
            List<ScreeningView.PathStep> path = e.getJsonArray("path").getValuesAs(JsonObject.class).stream()
                    .map(s -> new ScreeningView.PathStep(s.getString("from"), s.getString("to"), s.getString("txHash"),
                            s.getInt("outputIndex"), s.getJsonNumber("amount").bigDecimalValue())).toList();
            out.add(new ScreeningView.ExposureView(Category.valueOf(e.getString("category")), e.getString("degree"),
                    e.getJsonNumber("share").bigDecimalValue(), e.getJsonNumber("directShare").bigDecimalValue(),
                    e.getJsonNumber("indirectShare").bigDecimalValue(), hops, e.getJsonNumber("tracedAmount").bigDecimalValue(),
                    e.getInt("nearestHops"), listings, path));
        }
        return out;
    }
}
