package io.redress.apikeys.infrastructure;

import io.redress.apikeys.domain.TradeEvent;
import io.redress.apikeys.domain.TradeFacts;
import io.redress.apikeys.domain.TradeLog;
import io.redress.shared.infrastructure.RowSetStatements;
import io.redress.shared.infrastructure.SqlInstants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The trade events through plain JDBC on the persistence context's connection (so in its transaction), their ids
 * from the entity's own sequence allocator (so they never collide with events persisted through JPA). On PostgreSQL
 * a call's events go in one INSERT, each column one array parameter unnested into rows; H2 takes a JDBC batch. 1,000
 * events persisted as entities cost the server a unit of work of 1,000 new objects (registered, then turned into
 * change sets and rows at the flush) and PostgreSQL about 30 multi-row statements. The leak signature's read of
 * illiquid buys is here too, in SQL: the index it reads holds the buys alone (V30 on PostgreSQL).
 */
@ApplicationScoped
public class SqlTradeLog implements TradeLog {

    private static final String COLUMNS = "id, key_id, account_id, symbol, side, quantity, price, reference_price, volume_24h,"
            + " source_ip, traded_at, counterparty_account_id, trade_id, received_at";
    private static final String INSERT_POSTGRESQL = "INSERT INTO api_trade_event (" + COLUMNS + ")"
            + " SELECT u.id, u.key_id, u.account_id, u.symbol, u.side, u.quantity, u.price, u.reference_price, u.volume_24h,"
            + " u.source_ip, u.traded_at, u.counterparty_account_id, u.trade_id, ? FROM unnest(?::bigint[], ?::varchar[],"
            + " ?::varchar[], ?::varchar[], ?::varchar[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::varchar[],"
            + " ?::timestamptz[], ?::varchar[], ?::varchar[]) AS u(id, key_id, account_id, symbol, side, quantity, price,"
            + " reference_price, volume_24h, source_ip, traded_at, counterparty_account_id, trade_id)";
    private static final String INSERT = "INSERT INTO api_trade_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    // the pairs asked, joined to the whole unique index (V37_1: partial on PostgreSQL, the IS NOT NULL lets the join use it)
    private static final String KEPT_POSTGRESQL = "SELECT e.key_id, e.trade_id FROM unnest(?::varchar[], ?::varchar[])"
            + " AS u(trade_id, key_id) JOIN api_trade_event e ON e.trade_id = u.trade_id AND e.key_id = u.key_id"
            + " WHERE e.trade_id IS NOT NULL";
    private static final String KEPT = "SELECT e.key_id, e.trade_id FROM api_trade_event e WHERE e.trade_id IN";

    @Inject
    RowSetStatements statements;

    @Override
    public long[] append(List<TradeFacts> trades, Instant receivedAt) {
        int n = trades.size();
        if (n == 0) {
            return new long[0];
        }
        long[] ids = statements.nextIds(TradeEvent.class, n);
        OffsetDateTime received = OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
        statements.write("API trade events", INSERT_POSTGRESQL, (ps, c) -> {
            String[][] columns = new String[13][n];
            for (int i = 0; i < n; i++) {
                TradeFacts t = trades.get(i);
                columns[0][i] = Long.toString(ids[i]);
                columns[1][i] = t.keyId();
                columns[2][i] = t.accountId();
                columns[3][i] = t.symbol();
                columns[4][i] = t.side().name();
                columns[5][i] = t.quantity().toPlainString();
                columns[6][i] = t.price().toPlainString();
                columns[7][i] = t.referencePrice().toPlainString();
                columns[8][i] = t.volume24h().toPlainString();
                columns[9][i] = t.sourceIp();
                columns[10][i] = SqlInstants.text(t.tradedAt());
                columns[11][i] = t.counterpartyAccountId();
                columns[12][i] = t.tradeId();
            }
            ps.setObject(1, received);
            for (int col = 0; col < columns.length; col++) {
                ps.setArray(2 + col, c.createArrayOf("text", columns[col]));
            }
        }, INSERT, n, (ps, i) -> {
            TradeFacts t = trades.get(i);
            ps.setLong(1, ids[i]);
            ps.setString(2, t.keyId());
            ps.setString(3, t.accountId());
            ps.setString(4, t.symbol());
            ps.setString(5, t.side().name());
            ps.setBigDecimal(6, t.quantity());
            ps.setBigDecimal(7, t.price());
            ps.setBigDecimal(8, t.referencePrice());
            ps.setBigDecimal(9, t.volume24h());
            ps.setString(10, t.sourceIp());
            ps.setObject(11, OffsetDateTime.ofInstant(t.tradedAt(), ZoneOffset.UTC));
            if (t.counterpartyAccountId() == null) {
                ps.setNull(12, Types.VARCHAR);
            } else {
                ps.setString(12, t.counterpartyAccountId());
            }
            if (t.tradeId() == null) {
                ps.setNull(13, Types.VARCHAR);
            } else {
                ps.setString(13, t.tradeId());
            }
            ps.setObject(14, received);
        });
        return ids;
    }

    @Override
    public Set<TradeRef> kept(Collection<TradeRef> refs) {
        Set<TradeRef> asked = new LinkedHashSet<>(refs);
        Set<TradeRef> kept = new HashSet<>();
        if (asked.isEmpty()) {
            return kept;
        }
        if (statements.postgresql()) {
            Connection c = statements.connection();
            try (PreparedStatement ps = c.prepareStatement(KEPT_POSTGRESQL)) {
                ps.setArray(1, c.createArrayOf("varchar", asked.stream().map(TradeRef::tradeId).toArray()));
                ps.setArray(2, c.createArrayOf("varchar", asked.stream().map(TradeRef::keyId).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        kept.add(new TradeRef(rs.getString(1), rs.getString(2)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("API trades by the exchange's id not read: " + e.getMessage(), e);
            }
            return kept;
        }
        // H2: by trade id (the index's first column), then the pairs asked: another key's trade of that id is not this one
        Set<String> tradeIds = new LinkedHashSet<>();
        asked.forEach(r -> tradeIds.add(r.tradeId()));
        statements.readKeys("API trades by the exchange's id", tradeIds, null, KEPT, rs -> {
            TradeRef found = new TradeRef(rs.getString(1), rs.getString(2));
            if (asked.contains(found)) {
                kept.add(found);
            }
        });
        return kept;
    }

    @Override
    public List<Buy> illiquidBuys(Collection<Long> integrationIds, Collection<String> symbols, BigDecimal volumeUnder,
                                  Instant from, Instant to) {
        List<Buy> out = new ArrayList<>();
        if (integrationIds.isEmpty() || symbols.isEmpty()) {
            return out;
        }
        // side as a literal: the (symbol, traded_at) index holds the buys only (V30), which a bound side cannot use
        String sql = "SELECT DISTINCT k.integration_id, e.symbol, e.account_id, e.traded_at FROM api_trade_event e"
                + " JOIN api_key k ON k.key_id = e.key_id WHERE e.side = 'BUY' AND e.symbol IN ("
                + "?,".repeat(symbols.size() - 1) + "?) AND e.traded_at > ? AND e.traded_at <= ? AND e.volume_24h < ?"
                + " AND k.integration_id IN (" + "?,".repeat(integrationIds.size() - 1) + "?)";
        try (PreparedStatement ps = statements.connection().prepareStatement(sql)) {
            int p = 1;
            for (String symbol : symbols) {
                ps.setString(p++, symbol);
            }
            ps.setObject(p++, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            ps.setObject(p++, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            ps.setBigDecimal(p++, volumeUnder);
            for (Long integration : integrationIds) {
                ps.setLong(p++, integration);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Buy(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Illiquid buys not read: " + e.getMessage(), e);
        }
    }
}
