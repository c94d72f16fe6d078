package io.redress.apikeys.infrastructure;

import io.redress.apikeys.domain.KeyUses;
import io.redress.shared.infrastructure.RowSetStatements;
import io.redress.shared.infrastructure.SqlInstants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
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
    @Inject
    RowSetStatements statements;

    @Override
    public void usedAt(Map<String, Instant> lastUseByKey) {
        if (lastUseByKey.isEmpty()) {
            return;
        }
        em.flush();
        String[] keys = new TreeMap<>(lastUseByKey).keySet().toArray(String[]::new);
        statements.write("API keys' last use", UPDATE_POSTGRESQL, (ps, c) -> {
            ps.setArray(1, c.createArrayOf("varchar", keys));
            ps.setArray(2, c.createArrayOf("text", Arrays.stream(keys).map(k -> SqlInstants.text(lastUseByKey.get(k))).toArray(String[]::new)));
            ps.setString(3, KeyUses.STEP.getSeconds() + " seconds");
        }, UPDATE, keys.length, (ps, i) -> {
            Instant at = lastUseByKey.get(keys[i]);
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, keys[i]);
            ps.setTimestamp(3, Timestamp.from(at.minus(KeyUses.STEP)));
        });
    }
}
