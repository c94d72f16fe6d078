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
 * The last uses of a trade-event batch as one JDBC batch of single-row UPDATEs on the persistence context's own
 * connection (so in its transaction), sent in one round trip and run in key order. The caller sends only the keys
 * whose last use advanced by more than {@link KeyUses#STEP} over what it read; the guard here keeps a concurrent
 * batch's newer use, and skips a use within the step of it. One native query per key
 * through the entity manager cost a round trip and a flush of the whole persistence context each, a thousand
 * times per batch. Plain SQL: a JPQL bulk UPDATE would move the key's version and refuse the exchange's next upsert.
 */
@ApplicationScoped
public class SqlKeyUses implements KeyUses {

    private static final String UPDATE = "UPDATE api_key SET last_used_at = ? WHERE key_id = ?"
            + " AND (last_used_at IS NULL OR last_used_at < ?)";

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public void usedAt(Map<String, Instant> lastUseByKey) {
        if (lastUseByKey.isEmpty()) {
            return;
        }
        em.flush();
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            for (Map.Entry<String, Instant> use : new TreeMap<>(lastUseByKey).entrySet()) {
                Timestamp at = Timestamp.from(use.getValue());
                ps.setTimestamp(1, at);
                ps.setString(2, use.getKey());
                ps.setTimestamp(3, Timestamp.from(use.getValue().minus(KeyUses.STEP)));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("API keys' last use not written: " + e.getMessage(), e);
        }
    }
}
