package io.redress.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Plays the rogue database administrator: switches off the audit tables' protection (as a table owner or DBA can),
 * changes rows behind the application's back, and puts everything back afterwards so other tests see an intact
 * chain. Entries are named by their place on the chain (their sequence number in {@code audit_link}).
 */
public final class DatabaseTamperer implements AutoCloseable {

    private static final String[] CONTENT = {"occurred_at", "actor", "actor_role", "action", "entity_type", "entity_id",
            "before_state", "after_state", "reason", "origin", "account_id"};
    private static final String LINK = "link.";

    private final Connection c;
    private final boolean postgres;

    public DatabaseTamperer(DataSource ds) throws SQLException {
        c = ds.getConnection();
        postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
                s.execute("ALTER TABLE audit_link DISABLE TRIGGER audit_link_append_only");
                s.execute("GRANT UPDATE, DELETE ON audit_entry, audit_link TO CURRENT_USER");
            } else {
                s.execute("DROP TRIGGER audit_entry_append_only");
                s.execute("DROP TRIGGER audit_link_append_only");
            }
        }
    }

    /** The id of the entry at this place on the chain. */
    public long entryId(long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT entry_id FROM audit_link WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no audit entry at " + seq);
                }
                return rs.getLong(1);
            }
        }
    }

    /** The entry's columns, and its link's as {@code link.seq}, {@code link.prev_hash}, {@code link.hash}. */
    public Map<String, Object> row(long seq) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_entry WHERE id = ?")) {
            ps.setLong(1, entryId(seq));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnName(i).toLowerCase(), rs.getObject(i));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, prev_hash, hash FROM audit_link WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                row.put(LINK + "seq", rs.getLong(1));
                row.put(LINK + "prev_hash", rs.getString(2));
                row.put(LINK + "hash", rs.getString(3));
            }
        }
        return row;
    }

    public void setReason(long seq, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_entry SET reason = ? WHERE id = ?")) {
            ps.setString(1, reason);
            ps.setLong(2, entryId(seq));
            ps.executeUpdate();
        }
    }

    /** Deletes the entry and its link. */
    public void delete(long seq) throws SQLException {
        long id = entryId(seq);
        execute("DELETE FROM audit_link WHERE seq = ?", seq);
        execute("DELETE FROM audit_entry WHERE id = ?", id);
    }

    /** Puts back an entry and its link read by {@link #row}, without queueing it for the chainer. */
    public void insert(Map<String, Object> row) throws SQLException {
        Map<String, Object> entry = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            if (!k.startsWith(LINK)) {
                entry.put(k, v);
            }
        });
        inOneTransaction(() -> {
            insertEntry(entry);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit_link (seq, entry_id, prev_hash, hash) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, (Long) row.get(LINK + "seq"));
                ps.setLong(2, ((Number) entry.get("id")).longValue());
                ps.setString(3, (String) row.get(LINK + "prev_hash"));
                ps.setString(4, (String) row.get(LINK + "hash"));
                ps.executeUpdate();
            }
            execute("DELETE FROM audit_pending WHERE entry_id = ?", ((Number) entry.get("id")).longValue());
        });
    }

    /**
     * Inserts an entry the chainer never hears of (its queue row removed in the same transaction), as if the chainer
     * had stopped; returns its id.
     */
    public long insertUnchained(String entityId, Instant occurredAt) throws SQLException {
        long id = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("occurred_at", Timestamp.from(occurredAt));
        entry.put("actor", "rogue-dba");
        entry.put("actor_role", "ADMIN");
        entry.put("action", "IT_FORGED");
        entry.put("entity_type", "Test");
        entry.put("entity_id", entityId);
        entry.put("origin", "127.0.0.1");
        inOneTransaction(() -> {
            insertEntry(entry);
            execute("DELETE FROM audit_pending WHERE entry_id = ?", id);
        });
        return id;
    }

    /** Deletes an entry that has no link (one {@link #insertUnchained} made). */
    public void deleteUnchained(long entryId) throws SQLException {
        execute("DELETE FROM audit_pending WHERE entry_id = ?", entryId);
        execute("DELETE FROM audit_entry WHERE id = ?", entryId);
    }

    /** Points the link at this place on the chain to another entry, with this hash. */
    public void relink(long seq, long entryId, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_link SET entry_id = ?, hash = ? WHERE seq = ?")) {
            ps.setLong(1, entryId);
            ps.setString(2, hash);
            ps.setLong(3, seq);
            ps.executeUpdate();
        }
    }

    /** Writes the content of {@code from} (what the entry says, not its place on the chain) into entry {@code seq}. */
    public void overwrite(long seq, Map<String, Object> from) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE audit_entry SET ");
        for (int i = 0; i < CONTENT.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(CONTENT[i]).append(" = ?");
        }
        sql.append(" WHERE id = ?");
        long id = entryId(seq);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < CONTENT.length; i++) {
                ps.setObject(i + 1, from.get(CONTENT[i]));
            }
            ps.setLong(CONTENT.length + 1, id);
            ps.executeUpdate();
        }
    }

    private void insertEntry(Map<String, Object> entry) throws SQLException {
        String columns = String.join(", ", entry.keySet());
        String marks = String.join(", ", entry.keySet().stream().map(k -> "?").toList());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (" + columns + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object v : entry.values()) {
                ps.setObject(i++, v);
            }
            ps.executeUpdate();
        }
    }

    private void execute(String sql, long arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            ps.executeUpdate();
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inOneTransaction(Work work) throws SQLException {
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("REVOKE UPDATE, DELETE ON audit_entry, audit_link FROM CURRENT_USER");
                s.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
                s.execute("ALTER TABLE audit_link ENABLE TRIGGER audit_link_append_only");
            } else {
                s.execute("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry "
                        + "FOR EACH ROW CALL 'io.redress.audit.infrastructure.AppendOnlyTrigger'");
                s.execute("CREATE TRIGGER audit_link_append_only BEFORE UPDATE, DELETE ON audit_link "
                        + "FOR EACH ROW CALL 'io.redress.audit.infrastructure.AppendOnlyTrigger'");
            }
        } finally {
            c.close();
        }
    }
}
