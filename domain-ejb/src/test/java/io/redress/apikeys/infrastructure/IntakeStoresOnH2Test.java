package io.redress.apikeys.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.apikeys.domain.KeyTradeCounts;
import io.redress.apikeys.domain.TradeEvent;
import io.redress.apikeys.domain.TradeFacts;
import io.redress.apikeys.domain.TradeKeys;
import io.redress.apikeys.domain.TradeLog;
import io.redress.shared.infrastructure.RowSetStatements;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trade-event intake's plain-SQL stores on H2 (their JDBC-batch path), on an in-memory database with the columns
 * the migrations give; the PostgreSQL path (array parameters) is exercised by the keys benchmark and the ITs on
 * PostgreSQL.
 */
class IntakeStoresOnH2Test {

    private static final Instant NOW = Instant.parse("2026-12-01T20:00:00.123456Z");
    private Connection c;
    private EntityManager em;

    @BeforeEach
    void database() throws SQLException {
        c = DriverManager.getConnection("jdbc:h2:mem:intake-stores-" + System.nanoTime(), "sa", "");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE api_trade_event (id BIGINT NOT NULL PRIMARY KEY, key_id VARCHAR(64) NOT NULL,"
                    + " account_id VARCHAR(64) NOT NULL, symbol VARCHAR(32) NOT NULL, side VARCHAR(4) NOT NULL,"
                    + " quantity DECIMAL(38, 18) NOT NULL, price DECIMAL(38, 18) NOT NULL, reference_price DECIMAL(38, 18) NOT NULL,"
                    + " volume_24h DECIMAL(38, 18) NOT NULL, source_ip VARCHAR(64), traded_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " received_at TIMESTAMP WITH TIME ZONE NOT NULL, counterparty_account_id VARCHAR(64), trade_id VARCHAR(64))");
            s.execute("CREATE UNIQUE INDEX trade_event_trade_id ON api_trade_event (trade_id, key_id)");
            s.execute("CREATE TABLE api_key_source_address (key_id VARCHAR(64) NOT NULL, source_ip VARCHAR(64) NOT NULL,"
                    + " first_seen TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (key_id, source_ip))");
            s.execute("CREATE TABLE api_key (key_id VARCHAR(64) NOT NULL UNIQUE, account_id VARCHAR(64), ip_allowlist VARCHAR(4000),"
                    + " integration_id BIGINT, created_from_ip VARCHAR(64), last_used_at TIMESTAMP WITH TIME ZONE)");
        }
        AtomicLong ids = new AtomicLong();
        Session session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (p, m, args) -> m.getName().equals("getNextSequenceNumberValue") ? ids.incrementAndGet() : null);
        em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (p, m, args) -> m.getName().equals("unwrap") ? (args[0] == Connection.class ? c : session) : null);
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void eventsAreKeptAsReportedWithTheirIdsInOrder() throws Exception {
        List<TradeFacts> trades = List.of(
                trade("K1", 0, null, null),
                trade("K2", 1, "10.0.0.1", "CP-1"));
        long[] ids = with(new SqlTradeLog()).append(trades, NOW);
        assertArrayEquals(new long[] {1, 2}, ids);
        try (ResultSet rs = c.createStatement().executeQuery("SELECT id, key_id, price, source_ip, traded_at,"
                + " counterparty_account_id, received_at FROM api_trade_event ORDER BY id")) {
            rs.next();
            assertEquals("K1", rs.getString(2));
            assertEquals(0, new BigDecimal("43012.123456789012345678").compareTo(rs.getBigDecimal(3)));
            assertEquals(null, rs.getString(4));
            assertEquals(NOW, rs.getObject(5, OffsetDateTime.class).toInstant());
            rs.next();
            assertEquals("10.0.0.1", rs.getString(4));
            assertEquals(NOW.minus(Duration.ofMinutes(1)), rs.getObject(5, OffsetDateTime.class).toInstant());
            assertEquals("CP-1", rs.getString(6));
            assertEquals(NOW, rs.getObject(7, OffsetDateTime.class).toInstant());
        }
    }

    @Test
    void aTradeIdIsKeptOncePerKeyAndFoundAgain() throws Exception {
        SqlTradeLog log = with(new SqlTradeLog());
        log.append(List.of(withId(trade("K1", 0, null, null), "T-1"), withId(trade("K2", 0, null, null), "T-1"),
                trade("K1", 1, null, null), trade("K1", 2, null, null)), NOW);
        assertEquals(Set.of(new TradeLog.TradeRef("K1", "T-1"), new TradeLog.TradeRef("K2", "T-1")), log.kept(List.of(
                new TradeLog.TradeRef("K1", "T-1"), new TradeLog.TradeRef("K2", "T-1"), new TradeLog.TradeRef("K3", "T-1"),
                new TradeLog.TradeRef("K1", "T-2"))), "by key: another key's trade of that id is not this one's");
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM api_trade_event WHERE trade_id IS NULL")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "trades without an id never collide");
        }
        assertThrows(Exception.class, () -> log.append(List.of(withId(trade("K1", 3, null, null), "T-1")), NOW),
                "the database keeps a key's trade id once, whoever asked first");
    }

    private static TradeFacts withId(TradeFacts t, String tradeId) {
        return new TradeFacts(t.keyId(), t.accountId(), t.symbol(), t.side(), t.quantity(), t.price(), t.referencePrice(),
                t.volume24h(), t.sourceIp(), t.tradedAt(), t.counterpartyAccountId(), tradeId);
    }

    @Test
    void burstCountsSplitTheWindowFromTheBaselinePerKey() {
        List<TradeFacts> trades = new ArrayList<>();
        for (int i = 0; i < 25; i++) { // one trade a minute back from NOW, keys K1, K2, K3 in turn
            trades.add(trade("K" + (i % 3 + 1), i, null, null));
        }
        with(new SqlTradeLog()).append(trades, NOW);
        Map<String, KeyTradeCounts.Counts> counts = with(new SqlKeyTradeCounts())
                .count(List.of("K1", "K2", "K3", "K9"), NOW.minus(Duration.ofDays(7)), NOW.minus(Duration.ofMinutes(10)), NOW);
        // the window (NOW - 10 min, NOW] holds minutes 0..9: K1 at 0, 3, 6, 9; the rest of its 9 trades are before
        assertEquals(new KeyTradeCounts.Counts(4, 5), counts.get("K1"));
        assertEquals(new KeyTradeCounts.Counts(3, 5), counts.get("K2"));
        assertEquals(new KeyTradeCounts.Counts(3, 5), counts.get("K3"));
        assertEquals(3, counts.size(), "a key without trades is absent");
    }

    @Test
    void lastUsesMoveOnlyByMoreThanAMinute() throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO api_key (key_id, last_used_at) VALUES ('K1', NULL), ('K2', TIMESTAMP WITH TIME ZONE '2026-12-01 19:59:30Z'),"
                    + " ('K3', TIMESTAMP WITH TIME ZONE '2026-12-01 19:00:00Z')");
        }
        with(new SqlKeyUses()).usedAt(Map.of("K1", NOW, "K2", NOW, "K3", NOW));
        Map<String, Instant> stored = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT key_id, last_used_at FROM api_key")) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
            }
        }
        assertEquals(Map.of("K1", NOW, "K2", Instant.parse("2026-12-01T19:59:30Z"), "K3", NOW), stored);
    }

    @Test
    void anAddressIsRememberedOnce() {
        SqlKeyAddresses addresses = with(new SqlKeyAddresses());
        Map<String, Map<String, Instant>> seen = Map.of("K1", Map.of("10.0.0.1", NOW, "::1", NOW), "K2", Map.of("10.0.0.2", NOW));
        addresses.remember(seen);
        addresses.remember(seen);
        assertEquals(Map.of("K1", Set.of("10.0.0.1", "::1"), "K2", Set.of("10.0.0.2")), addresses.known(List.of("K1", "K2", "K3")));
    }

    @Test
    void theKeysAreReadAsTheIntakeNeedsThem() throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO api_key (key_id, account_id, ip_allowlist, integration_id, created_from_ip, last_used_at) VALUES"
                    + " ('K1', 'A1', '', NULL, NULL, NULL),"
                    + " ('K2', 'A2', '10.0.0.0/8 2001:db8::/32', 1000000001, '10.1.2.3', TIMESTAMP WITH TIME ZONE '2026-12-01 19:59:30.123456Z')");
        }
        List<String> asked = new ArrayList<>(List.of("K1", "K2", "K9"));
        for (int i = 0; i < 1_500; i++) { // more than one IN list's worth
            asked.add("X" + i);
        }
        Map<String, TradeKeys.TradeKey> keys = with(new SqlTradeKeys()).read(asked);
        assertEquals(Map.of(
                "K1", new TradeKeys.TradeKey("K1", "A1", "", null, null, null),
                "K2", new TradeKeys.TradeKey("K2", "A2", "10.0.0.0/8 2001:db8::/32", 1000000001L, "10.1.2.3",
                        Instant.parse("2026-12-01T19:59:30.123456Z"))), keys);
        assertEquals(List.of("10.0.0.0/8", "2001:db8::/32"), keys.get("K2").allowlist().entries());
        assertTrue(keys.get("K1").allowlist().isEmpty());
    }

    private static TradeFacts trade(String key, int minutesAgo, String ip, String counterparty) {
        return new TradeFacts(key, "A1", "BTCUSDT", TradeEvent.Side.BUY, new BigDecimal("0.5"),
                new BigDecimal("43012.123456789012345678"), new BigDecimal("43012.5"), new BigDecimal("250000000"), ip,
                NOW.minus(Duration.ofMinutes(minutesAgo)).truncatedTo(ChronoUnit.MICROS), counterparty);
    }

    private <T> T with(T store) {
        try {
            for (Field f : store.getClass().getDeclaredFields()) {
                if (f.getName().equals("em")) {
                    f.setAccessible(true);
                    f.set(store, em);
                }
            }
            Field statements = store.getClass().getDeclaredField("statements");
            statements.setAccessible(true);
            statements.set(store, RowSetStatements.on(em, "h2"));
            return store;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
