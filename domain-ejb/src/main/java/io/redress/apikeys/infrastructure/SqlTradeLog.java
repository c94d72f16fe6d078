package io.redress.apikeys.infrastructure;

import io.redress.apikeys.domain.TradeEvent;
import io.redress.apikeys.domain.TradeFacts;
import io.redress.apikeys.domain.TradeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.persistence.sessions.Session;

/**
 * The trade events through plain JDBC on the persistence context's connection (so in its transaction), their ids
 * from the entity's own sequence allocator (so they never collide with events persisted through JPA). On PostgreSQL
 * a call's events go in one INSERT, each column one array parameter unnested into rows; H2 takes a JDBC batch. 1,000
 * events persisted as entities cost the server a unit of work of 1,000 new objects (registered, then turned into
 * change sets and rows at the flush) and PostgreSQL about 30 multi-row statements.
 */
@ApplicationScoped
public class SqlTradeLog implements TradeLog {

    private static final String COLUMNS = "id, key_id, account_id, symbol, side, quantity, price, reference_price, volume_24h,"
            + " source_ip, traded_at, counterparty_account_id, received_at";
    private static final String INSERT_POSTGRESQL = "INSERT INTO api_trade_event (" + COLUMNS + ")"
            + " SELECT u.id, u.key_id, u.account_id, u.symbol, u.side, u.quantity, u.price, u.reference_price, u.volume_24h,"
            + " u.source_ip, u.traded_at, u.counterparty_account_id, ? FROM unnest(?::bigint[], ?::varchar[], ?::varchar[],"
            + " ?::varchar[], ?::varchar[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::varchar[],"
            + " ?::timestamptz[], ?::varchar[]) AS u(id, key_id, account_id, symbol, side, quantity, price, reference_price,"
            + " volume_24h, source_ip, traded_at, counterparty_account_id)";
    private static final String INSERT = "INSERT INTO api_trade_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public long[] append(List<TradeFacts> trades, Instant receivedAt) {
        int n = trades.size();
        long[] ids = new long[n];
        if (n == 0) {
            return ids;
        }
        Session session = em.unwrap(Session.class);
        for (int i = 0; i < n; i++) {
            ids[i] = session.getNextSequenceNumberValue(TradeEvent.class).longValue();
        }
        Connection c = em.unwrap(Connection.class);
        OffsetDateTime received = OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
        try {
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                String[][] columns = new String[12][n];
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
                    columns[10][i] = t.tradedAt().toString();
                    columns[11][i] = t.counterpartyAccountId();
                }
                try (PreparedStatement ps = c.prepareStatement(INSERT_POSTGRESQL)) {
                    ps.setObject(1, received);
                    for (int col = 0; col < columns.length; col++) {
                        ps.setArray(2 + col, c.createArrayOf("text", columns[col]));
                    }
                    ps.executeUpdate();
                }
                return ids;
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (int i = 0; i < n; i++) {
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
                    ps.setObject(13, received);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("API trade events not written: " + e.getMessage(), e);
        }
    }
}
