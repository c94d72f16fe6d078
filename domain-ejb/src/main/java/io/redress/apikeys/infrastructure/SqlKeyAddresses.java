package io.redress.apikeys.infrastructure;

import io.redress.apikeys.domain.KeyAddresses;
import io.redress.shared.infrastructure.RowSetStatements;
import io.redress.shared.infrastructure.SqlInstants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * api_key_source_address through plain JDBC on the persistence context's connection (so in its transaction): the
 * reads by primary key, all the keys in one statement of one array parameter on PostgreSQL, 500 keys a statement on
 * H2; the new addresses of a call in one statement on PostgreSQL (the columns as array parameters, unnested into
 * rows), as a JDBC batch on H2, both in key and address order. On PostgreSQL the insert is ON CONFLICT DO NOTHING, so
 * two batches remembering the same address at once never fail (the key rows' locks do not cover it: a key update
 * that moves nothing takes no lock; the common order keeps two such batches from waiting on each other crosswise);
 * H2, which has no ON CONFLICT outside its PostgreSQL mode, guards each insert with NOT EXISTS.
 */
@ApplicationScoped
public class SqlKeyAddresses implements KeyAddresses {

    // constant text, the keys as one array parameter: prepared once per connection, where IN lists of 500 literals
    // were a new statement to parse and plan at every call
    private static final String KNOWN_POSTGRESQL = "SELECT a.key_id, a.source_ip FROM unnest(?::varchar[]) AS u(key_id)"
            + " JOIN api_key_source_address a ON a.key_id = u.key_id";
    private static final String INSERT_POSTGRESQL = "INSERT INTO api_key_source_address (key_id, source_ip, first_seen)"
            + " SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::text[]::timestamptz[])"
            + " ON CONFLICT (key_id, source_ip) DO NOTHING";
    private static final String INSERT_H2 = "INSERT INTO api_key_source_address (key_id, source_ip, first_seen)"
            + " SELECT CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP WITH TIME ZONE)"
            + " WHERE NOT EXISTS (SELECT 1 FROM api_key_source_address WHERE key_id = ? AND source_ip = ?)";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    RowSetStatements statements;

    @Override
    public Map<String, Set<String>> known(Collection<String> keyIds) {
        Map<String, Set<String>> out = new HashMap<>();
        statements.readKeys("API keys' known addresses", keyIds, KNOWN_POSTGRESQL,
                "SELECT key_id, source_ip FROM api_key_source_address WHERE key_id IN",
                rs -> out.computeIfAbsent(rs.getString(1), x -> new HashSet<>()).add(rs.getString(2)));
        return out;
    }

    @Override
    public void remember(Map<String, Map<String, Instant>> firstSeenByKey) {
        if (firstSeenByKey.isEmpty()) {
            return;
        }
        em.flush();
        List<String> keys = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (Map.Entry<String, Map<String, Instant>> key : new TreeMap<>(firstSeenByKey).entrySet()) {
            for (Map.Entry<String, Instant> address : new TreeMap<>(key.getValue()).entrySet()) {
                keys.add(key.getKey());
                ips.add(address.getKey());
                times.add(address.getValue());
            }
        }
        statements.write("API keys' new addresses", INSERT_POSTGRESQL, (ps, c) -> {
            ps.setArray(1, c.createArrayOf("varchar", keys.toArray(String[]::new)));
            ps.setArray(2, c.createArrayOf("varchar", ips.toArray(String[]::new)));
            ps.setArray(3, c.createArrayOf("text", times.stream().map(SqlInstants::text).toArray(String[]::new)));
        }, INSERT_H2, keys.size(), (ps, i) -> {
            ps.setString(1, keys.get(i));
            ps.setString(2, ips.get(i));
            ps.setTimestamp(3, Timestamp.from(times.get(i)));
            ps.setString(4, keys.get(i));
            ps.setString(5, ips.get(i));
        });
    }
}
