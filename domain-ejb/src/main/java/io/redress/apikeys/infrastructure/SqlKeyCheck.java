package io.redress.apikeys.infrastructure;

import io.redress.apikeys.api.KeyStatus;
import io.redress.apikeys.application.KeySettings;
import io.redress.apikeys.domain.ApiKey;
import io.redress.apikeys.domain.IpAllowlist;
import io.redress.apikeys.domain.KeyUsage;
import io.redress.restrictions.api.KeyCheck;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The registry's answer to the decision service, read with one prepared statement per decision (one per 500 keys
 * in a batch) on the application's datasource, like the account standings: the key's row as committed, so a
 * revocation that has answered its caller is seen by every instance's next decision. No cache: a key cache would
 * have to be kept exactly as the standing cache is (announcements, lease, commit wait) before it could answer.
 */
@ApplicationScoped
public class SqlKeyCheck implements KeyCheck {

    static final int CHUNK = 500;
    private static final String SELECT = "SELECT key_id, account_id, status, granted, ip_allowlist, created_at, last_used_at"
            + " FROM api_key WHERE key_id";

    @Resource(lookup = RedressDataSource.JNDI_NAME)
    DataSource db;
    @Inject
    KeySettings settings;
    @Inject
    Clock clock;

    @Override
    public List<Refusal> check(Question q) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT + " = ?")) {
            ps.setString(1, q.keyId());
            try (ResultSet rs = ps.executeQuery()) {
                KeyUsage.KeyState key = rs.next() ? row(rs) : null;
                return KeyUsage.refusals(key, q.accountId(), q.use(), q.sourceIp(), settings.policy(), clock.instant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("API key unreadable: " + e.getMessage(), e);
        }
    }

    @Override
    public List<List<Refusal>> checkAll(List<Question> questions) {
        List<String> ids = questions.stream().map(Question::keyId).distinct().toList();
        Map<String, KeyUsage.KeyState> byId = new HashMap<>();
        try (Connection c = db.getConnection()) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                try (PreparedStatement ps = c.prepareStatement(SELECT + " IN ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            KeyUsage.KeyState k = row(rs);
                            byId.put(k.keyId(), k);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("API keys unreadable: " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        List<List<Refusal>> out = new ArrayList<>(questions.size());
        for (Question q : questions) {
            out.add(KeyUsage.refusals(byId.get(q.keyId()), q.accountId(), q.use(), q.sourceIp(), settings.policy(), now));
        }
        return out;
    }

    private static KeyUsage.KeyState row(ResultSet rs) throws SQLException {
        Timestamp created = rs.getTimestamp(6);
        Timestamp used = rs.getTimestamp(7);
        return new KeyUsage.KeyState(rs.getString(1), rs.getString(2), KeyStatus.valueOf(rs.getString(3)),
                ApiKey.parse(rs.getString(4)), IpAllowlist.stored(rs.getString(5)), created.toInstant(),
                used == null ? null : used.toInstant());
    }
}
