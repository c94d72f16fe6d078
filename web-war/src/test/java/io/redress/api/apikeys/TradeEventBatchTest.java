package io.redress.api.apikeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.apikeys.api.TradeReport;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a client sending a batch of trade events learns from the JSON alone: good rows read, bad ones named by index and field. */
class TradeEventBatchTest {

    private static final String GOOD = "{\"keyId\":\"K-1\",\"accountId\":\"A-1\",\"symbol\":\"BTCUSDT\",\"side\":\"BUY\","
            + "\"quantity\":\"0.5\",\"price\":43012.25,\"referencePrice\":\"43012.5\",\"volume24h\":\"250000000\","
            + "\"sourceIp\":\"10.0.0.1\",\"tradedAt\":\"2026-12-01T20:00:00Z\",\"counterpartyAccountId\":null}";

    @Test
    void goodRowsAreReadWithTheirPlaceInTheBody() {
        TradeEventBatch batch = TradeEventBatch.read("{\"events\":[" + GOOD + ",{\"keyId\":7}," + GOOD + "]}", 100_000, 1000);
        assertEquals(3, batch.size());
        assertEquals(List.of(0, 2), batch.indexes());
        TradeReport r = batch.rows().get(0);
        assertEquals(new TradeReport("K-1", "A-1", "BTCUSDT", "BUY", new BigDecimal("0.5"), new BigDecimal("43012.25"),
                new BigDecimal("43012.5"), new BigDecimal("250000000"), "10.0.0.1", Instant.parse("2026-12-01T20:00:00Z"), null), r);
    }

    @Test
    void theExchangesTradeIdIsRead() {
        TradeEventBatch batch = TradeEventBatch.read("{\"events\":[" + GOOD.replace("}", ",\"tradeId\":\"T-9\"}") + "]}",
                100_000, 1000);
        assertEquals("T-9", batch.rows().get(0).tradeId());
        assertEquals(null, TradeEventBatch.read("{\"events\":[" + GOOD + "]}", 100_000, 1000).rows().get(0).tradeId());
        assertEquals(Map.of(0, List.of("events[0].tradeId")), fields(TradeEventBatch.read("{\"events\":["
                + GOOD.replace("}", ",\"tradeId\":42}") + "]}", 100_000, 1000).refused()), "a string, not a number");
    }

    @Test
    void badRowsAreNamedByIndexAndField() {
        TradeEventBatch batch = TradeEventBatch.read("{\"events\":[" + GOOD + ",{\"keyId\":7,\"price\":\"1e3\",\"colour\":\"red\","
                + "\"tradedAt\":\"yesterday\",\"side\":[\"BUY\"]},\"row\"]}", 100_000, 1000);
        assertEquals(Map.of(
                1, List.of("events[1].colour", "events[1].keyId", "events[1].side", "events[1].price", "events[1].tradedAt"),
                2, List.of("events[2]")), fields(batch.refused()));
        assertEquals(List.of(0), batch.indexes());
    }

    @Test
    void aNameGivenTwiceRefusesItsRowNamingItOnceAndTheEventsTwiceTheBody() {
        String twice = GOOD.replace("\"price\":43012.25,", "\"price\":43012.25,\"price\":\"1\",\"price\":null,")
                .replace("\"counterpartyAccountId\":null", "\"counterpartyAccountId\":null,\"counterpartyAccountId\":\"A-2\"");
        TradeEventBatch batch = TradeEventBatch.read("{\"events\":[" + GOOD + "," + twice + "]}", 100_000, 1000);
        assertEquals(Map.of(1, List.of("events[1].price", "events[1].counterpartyAccountId")), fields(batch.refused()));
        assertEquals(List.of(0), batch.indexes(), "the good row is still kept");
        TradeEventBatch badFirst = TradeEventBatch.read("{\"events\":[" + GOOD.replace("\"side\":\"BUY\",",
                "\"side\":5,\"side\":\"BUY\",") + "]}", 100_000, 1000);
        assertEquals(List.of("events[0].side: appears twice in its object"), badFirst.refused().get(0).stream()
                .map(x -> x.field() + ": " + x.message()).toList(), "named once, for the repetition");
        assertEquals(List.of("extra"), fields(() -> TradeEventBatch.read("{\"extra\":1,\"events\":[" + GOOD
                + "],\"extra\":2}", 100_000, 1000)));
        assertEquals(List.of("events"), fields(() -> TradeEventBatch.read("{\"events\":[" + GOOD + "],\"events\":[" + GOOD
                + "]}", 100_000, 1000)));
    }

    @Test
    void aBodyThatIsNoBatchIsRefusedAsAWhole() {
        assertEquals(List.of("body"), fields(() -> TradeEventBatch.read("{\"events\":[", 100_000, 1000)));
        assertEquals(List.of("body"), fields(() -> TradeEventBatch.read("[]", 100_000, 1000)));
        assertEquals(List.of("body"), fields(() -> TradeEventBatch.read("{\"events\":[]} {}", 100_000, 1000)));
        assertEquals(List.of("body"), fields(() -> TradeEventBatch.read("{\"events\":[" + "[".repeat(40) + "]".repeat(40) + "]}", 100_000, 1000)));
        assertEquals(List.of("events"), fields(() -> TradeEventBatch.read("{}", 100_000, 1000)));
        assertEquals(List.of("events"), fields(() -> TradeEventBatch.read("{\"events\":{}}", 100_000, 1000)));
        assertEquals(List.of("events"), fields(() -> TradeEventBatch.read("{\"events\":[]}", 100_000, 1000)));
        assertEquals(List.of("events"), fields(() -> TradeEventBatch.read("{\"events\":[" + GOOD + "," + GOOD + "]}", 100_000, 1)));
        assertEquals(List.of("extra"), fields(() -> TradeEventBatch.read("{\"events\":[" + GOOD + "],\"extra\":1}", 100_000, 1000)));
    }

    private static List<String> fields(Runnable read) {
        return assertThrows(InvalidInput.class, read::run).errors().stream().map(FieldError::field).toList();
    }

    private static Map<Integer, List<String>> fields(Map<Integer, List<FieldError>> refused) {
        return refused.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(FieldError::field).toList()));
    }
}
