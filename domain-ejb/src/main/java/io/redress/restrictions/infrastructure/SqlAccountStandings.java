package io.redress.restrictions.infrastructure;

import io.redress.accounts.api.AccountStatus;
import io.redress.restrictions.domain.AccountStanding;
import io.redress.restrictions.domain.AccountStandings;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.Standing;
import io.redress.shared.infrastructure.RedressDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Account standings read with one prepared statement on the application's datasource. This is the decision's hot
 * path: going through the persistence context (a report query, a client session, an entity manager per call) cost
 * several times the query itself, and a decision needs none of it, only eight columns. Same SQL on H2 and PostgreSQL.
 */
@ApplicationScoped
@Typed(SqlAccountStandings.class)
public class SqlAccountStandings implements AccountStandings {

    /** At most this many ids per statement in {@link #findAll}. */
    static final int CHUNK = 500;
    // the standing row (this context's) by the account's unique external id, the positions from the account row, and the
    // restriction in force: primary-key lookups, one row per account; an account whose standing row is missing is active
    private static final String SELECT = "SELECT a.external_id, COALESCE(s.status, 'ACTIVE'),"
            + " COALESCE(s.withdrawals_frozen, FALSE), s.window_ends_at, a.open_derivatives_positions, s.restriction_id,"
            + " r.measure, r.reason_code, s.protective_lock"
            + " FROM account a LEFT JOIN account_standing s ON s.account_id = a.external_id"
            + " LEFT JOIN restriction r ON r.id = s.restriction_id WHERE a.external_id";

    @Resource(lookup = RedressDataSource.JNDI_NAME)
    DataSource db;

    protected SqlAccountStandings() {
        // for CDI
    }

    public SqlAccountStandings(DataSource db) {
        this.db = db;
    }

    @Override
    public Optional<AccountStanding> find(String accountId) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT + " = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("account standing unreadable: " + e.getMessage(), e);
        }
    }

    @Override
    public List<AccountStanding> findAll(List<String> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        List<AccountStanding> found = new ArrayList<>(accountIds.size());
        try (Connection c = db.getConnection()) {
            for (int from = 0; from < accountIds.size(); from += CHUNK) {
                List<String> chunk = accountIds.subList(from, Math.min(accountIds.size(), from + CHUNK));
                String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(SELECT + " IN (" + in + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    readInto(ps, found);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("account standings unreadable: " + e.getMessage(), e);
        }
        return found;
    }

    /** Up to {@code limit} standings of the accounts after {@code afterId} in id order (the decision cache's warm-up). */
    public List<AccountStanding> readAfter(String afterId, int limit) {
        List<AccountStanding> found = new ArrayList<>(limit);
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT + " > ? ORDER BY a.external_id LIMIT ?")) {
            ps.setString(1, afterId);
            ps.setInt(2, limit);
            readInto(ps, found);
        } catch (SQLException e) {
            throw new IllegalStateException("account standings unreadable: " + e.getMessage(), e);
        }
        return found;
    }

    private static void readInto(PreparedStatement ps, List<AccountStanding> found) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(row(rs));
            }
        }
    }

    private static AccountStanding row(ResultSet rs) throws SQLException {
        // a java.sql.Timestamp is an instant on both drivers; getObject(i, OffsetDateTime.class) went through
        // reflection in Payara's result set wrapper on every row
        Timestamp windowEndsAt = rs.getTimestamp(4);
        long restrictionId = rs.getLong(6);
        Long restriction = rs.wasNull() ? null : restrictionId;
        String measure = rs.getString(7);
        Standing standing = new Standing(AccountStatus.valueOf(rs.getString(2)), rs.getBoolean(3),
                windowEndsAt == null ? null : windowEndsAt.toInstant(), rs.getInt(5), restriction, rs.getString(9) != null);
        return new AccountStanding(rs.getString(1), standing, measure == null ? null : Measure.valueOf(measure),
                rs.getString(8));
    }
}
