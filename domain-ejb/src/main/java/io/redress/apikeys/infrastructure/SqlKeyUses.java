package io.redress.apikeys.infrastructure;

import io.redress.apikeys.domain.KeyUses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last uses of a trade-event batch on the persistence context's own connection (so in its transaction), in key
 * order. On PostgreSQL one UPDATE for the whole batch, the keys and times as two array parameters joined to the keys'
 * rows (a nested loop over the sorted arrays, so the rows are locked in key order): the JDBC batch of single-row
 * UPDATEs it replaces cost PostgreSQL a statement per key (857 of a call's 1,061 statements at 1,000,000 keys). H2
 * keeps the JDBC batch. The caller sends only the keys whose last use advanced by more than {@link KeyUses#STEP} over
 * what it read; the guard here keeps a concurrent batch's newer use, and skips a use within the step of it. Plain SQL:
 * a JPQL bulk UPDATE would move the key's version and refuse the exchange's next upsert.
 */
@ApplicationScoped
public class SqlKeyUses implements KeyUses {

    private static final String UPDATE = "UPDATE api_key SET last_used_at = ? WHERE key_id = ?"
            + " AND (last_used_at IS NULL OR last_used_at < ?)";
    private static final String UPDATE_POSTGRESQL = "UPDATE api_key k SET last_used_at = u.at"
            + " FROM (SELECT key_id, at::timestamptz AS at FROM unnest(?::varchar[], ?::text[]) AS a(key_id, at)) u"
            + " WHERE k.key_id = u.key_id AND (k.last_used_at IS NULL OR k.last_used_at < u.at - ?::interval)";

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public void usedAt(Map<String, Instant> lastUseByKey) {
        if (lastUseByKey.isEmpty()) {
            return;
        }
        em.flush();
        Connection c = em.unwrap(Connection.class);
        TreeMap<String, Instant> inOrder = new TreeMap<>(lastUseByKey);
        try {
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                String[] keys = inOrder.keySet().toArray(String[]::new);
                String[] times = inOrder.values().stream().map(Instant::toString).toArray(String[]::new);
                try (PreparedStatement ps = c.prepareStatement(UPDATE_POSTGRESQL)) {
                    ps.setArray(1, c.createArrayOf("varchar", keys));
                    ps.setArray(2, c.createArrayOf("text", times));
                    ps.setString(3, KeyUses.STEP.getSeconds() + " seconds");
                    ps.executeUpdate();
                }
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                for (Map.Entry<String, Instant> use : inOrder.entrySet()) {
                    ps.setTimestamp(1, Timestamp.from(use.getValue()));
                    ps.setString(2, use.getKey());
                    ps.setTimestamp(3, Timestamp.from(use.getValue().minus(KeyUses.STEP)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("API keys' last use not written: " + e.getMessage(), e);
        }
    }
}
