package io.redress.apikeys.infrastructure;

import io.redress.apikeys.api.KeyPermission;
import io.redress.apikeys.api.KeyStatus;
import io.redress.apikeys.application.KeySettings;
import io.redress.apikeys.domain.ApiKey;
import io.redress.apikeys.domain.IpAllowlist;
import io.redress.apikeys.domain.KeyUsage;
import io.redress.restrictions.api.KeyCheck;
import io.redress.shared.application.Committed;
import io.redress.shared.infrastructure.RedressDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The registry's answer to the decision service, read with one prepared statement per decision (one per 500 keys
 * in a batch) on the application's datasource, like the account standings: the key's row as committed, so a
 * revocation that has answered its caller is seen by every instance's next decision. On PostgreSQL the decision
 * cache keeps what {@link #read} returns (restrictions' CachedKeyCheck, told of every change by migration V32's
 * trigger); on H2 every decision comes here.
 */
@ApplicationScoped
@Committed
public class SqlKeyCheck implements KeyCheck {

    static final int CHUNK = 500;
    private static final String SELECT = "SELECT key_id, account_id, status, granted, ip_allowlist, created_at, last_used_at"
            + " FROM api_key WHERE key_id";
    /** The 32 sets of the five permissions, each kept once: every key held by a cache shares one of them. */
    private static final Map<Set<KeyPermission>, Set<KeyPermission>> GRANTS = new ConcurrentHashMap<>();

    @Resource(lookup = RedressDataSource.JNDI_NAME)
    DataSource db;
    @Inject
    KeySettings settings;
    @Inject
    Clock clock;

    /**
     * A key's state with the policy it is judged by (the registry's current one, read at each question). Packed, as
     * the decision cache may keep a million of them: the times as epoch microseconds (the database's own precision),
     * the permissions one shared set.
     */
    public static final class HeldKey implements Facts {

        private static final long NEVER = Long.MIN_VALUE;
        private final String keyId;
        private final String accountId;
        private final KeyStatus status;
        private final Set<KeyPermission> granted;
        private final IpAllowlist allowlist;
        private final long createdAt;
        private final long lastUsedAt;
        private final KeySettings settings;

        public HeldKey(KeyUsage.KeyState k, KeySettings settings) {
            this.keyId = k.keyId();
            this.accountId = k.accountId();
            this.status = k.status();
            this.granted = GRANTS.computeIfAbsent(k.granted(), Set::copyOf);
            this.allowlist = k.allowlist();
            this.createdAt = micros(k.createdAt());
            this.lastUsedAt = k.lastUsedAt() == null ? NEVER : micros(k.lastUsedAt());
            this.settings = settings;
        }

        @Override
        public String keyId() {
            return keyId;
        }

        @Override
        public boolean settled() {
            return status != KeyStatus.ACTIVE;
        }

        @Override
        public List<Refusal> refusals(Question q, Instant now) {
            KeyUsage.KeyState k = new KeyUsage.KeyState(keyId, accountId, status, granted, allowlist,
                    instant(createdAt), lastUsedAt == NEVER ? null : instant(lastUsedAt));
            return KeyUsage.refusals(k, q.accountId(), q.use(), q.sourceIp(), settings.policy(), now);
        }

        private static long micros(Instant t) {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
        }

        private static Instant instant(long micros) {
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        }
    }

    @Override
    public List<Refusal> check(Question q) {
        return checkAll(List.of(q)).get(0);
    }

    @Override
    public List<List<Refusal>> checkAll(List<Question> questions) {
        Map<String, Facts> byId = read(questions.stream().map(Question::keyId).distinct().toList());
        Instant now = clock.instant();
        List<List<Refusal>> out = new ArrayList<>(questions.size());
        for (Question q : questions) {
            Facts key = byId.get(q.keyId());
            out.add(key == null ? KeyCheck.unknown() : key.refusals(q, now));
        }
        return out;
    }

    @Override
    public Map<String, Facts> read(Collection<String> keyIds) {
        List<String> ids = keyIds instanceof List<String> l ? l : List.copyOf(keyIds);
        Map<String, Facts> byId = new HashMap<>();
        try (Connection c = db.getConnection()) {
            if (ids.size() == 1) {
                try (PreparedStatement ps = c.prepareStatement(SELECT + " = ?")) {
                    ps.setString(1, ids.get(0));
                    readInto(ps, byId);
                }
                return byId;
            }
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                try (PreparedStatement ps = c.prepareStatement(SELECT + " IN ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    readInto(ps, byId);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("API keys unreadable: " + e.getMessage(), e);
        }
        return byId;
    }

    private void readInto(PreparedStatement ps, Map<String, Facts> byId) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                KeyUsage.KeyState k = row(rs);
                byId.put(k.keyId(), new HeldKey(k, settings));
            }
        }
    }

    private static KeyUsage.KeyState row(ResultSet rs) throws SQLException {
        Timestamp created = rs.getTimestamp(6);
        Timestamp used = rs.getTimestamp(7);
        return new KeyUsage.KeyState(rs.getString(1), rs.getString(2), KeyStatus.valueOf(rs.getString(3)),
                ApiKey.parse(rs.getString(4)), IpAllowlist.stored(rs.getString(5)), created.toInstant(),
                used == null ? null : used.toInstant());
    }
}
