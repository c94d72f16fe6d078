package io.redress.apikeys.infrastructure;

import io.redress.apikeys.domain.TradeKeys;
import io.redress.shared.infrastructure.RowSetStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The batch's keys for the trade-event intake through plain JDBC on the persistence context's connection (so in its
 * transaction), the six columns the intake uses and no entity. On PostgreSQL one statement of constant text, the keys
 * as one array parameter joined to the key_id index (prepared once per connection by the driver, so planned once: an
 * IN list of 500 literals is a new statement to parse and plan at every call); H2 takes IN lists.
 */
@ApplicationScoped
public class SqlTradeKeys implements TradeKeys {

    private static final String COLUMNS = "k.key_id, k.account_id, k.ip_allowlist, k.integration_id, k.created_from_ip, k.last_used_at";
    private static final String READ_POSTGRESQL = "SELECT " + COLUMNS
            + " FROM unnest(?::varchar[]) AS u(key_id) JOIN api_key k ON k.key_id = u.key_id";

    @Inject
    RowSetStatements statements;

    @Override
    public Map<String, TradeKey> read(Collection<String> keyIds) {
        Map<String, TradeKey> out = new HashMap<>();
        statements.readKeys("API keys of the trade events", keyIds, READ_POSTGRESQL,
                "SELECT " + COLUMNS + " FROM api_key k WHERE k.key_id IN", rs -> read(rs, out));
        return out;
    }

    private static void read(ResultSet rs, Map<String, TradeKey> out) throws SQLException {
        long integration = rs.getLong(4);
        Long integrationId = rs.wasNull() ? null : integration;
        // getTimestamp, not getObject(i, OffsetDateTime.class): the application server's wrapper of the result
        // set finds that method by reflection at every call (11 % of the intake's server samples, 1,000 a call)
        Timestamp lastUsed = rs.getTimestamp(6);
        out.put(rs.getString(1), new TradeKey(rs.getString(1), rs.getString(2), rs.getString(3), integrationId,
                rs.getString(5), lastUsed == null ? null : lastUsed.toInstant()));
    }
}
