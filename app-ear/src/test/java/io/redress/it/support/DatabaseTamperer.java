package io.redress.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Plays the rogue database administrator: switches off the audit table's protection (as a table owner or
 * DBA can), changes rows behind the application's back, and puts everything back afterwards so other tests
 * see an intact chain.
 */
public final class DatabaseTamperer implements AutoCloseable {

    private static final String[] CONTENT = {"occurred_at", "actor", "actor_role", "action", "entity_type", "entity_id",
            "before_state", "after_state", "reason", "origin", "account_id", "prev_hash", "hash"};

    private final Connection c;
    private final boolean postgres;

    public DatabaseTamperer(DataSource ds) throws SQLException {
        c = ds.getConnection();
        postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
                s.execute("GRANT UPDATE, DELETE ON audit_entry TO CURRENT_USER");
            } else {
                s.execute("DROP TRIGGER audit_entry_append_only");
            }
        }
    }

    public Map<String, Object> row(long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_entry WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no audit entry " + seq);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnName(i).toLowerCase(), rs.getObject(i));
                }
                return row;
            }
        }
    }

    public void setReason(long seq, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_entry SET reason = ? WHERE seq = ?")) {
            ps.setString(1, reason);
            ps.setLong(2, seq);
            ps.executeUpdate();
        }
    }

    public void delete(long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit_entry WHERE seq = ?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }

    public void insert(Map<String, Object> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (" + columns + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object v : row.values()) {
                ps.setObject(i++, v);
            }
            ps.executeUpdate();
        }
    }

    /** Writes the content of {@code from} (everything but the sequence number) into entry {@code seq}. */
    public void overwrite(long seq, Map<String, Object> from) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE audit_entry SET ");
        for (int i = 0; i < CONTENT.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(CONTENT[i]).append(" = ?");
        }
        sql.append(" WHERE seq = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < CONTENT.length; i++) {
                ps.setObject(i + 1, from.get(CONTENT[i]));
            }
            ps.setLong(CONTENT.length + 1, seq);
            ps.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("REVOKE UPDATE, DELETE ON audit_entry FROM CURRENT_USER");
                s.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
            } else {
                s.execute("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry "
                        + "FOR EACH ROW CALL 'io.redress.audit.infrastructure.AppendOnlyTrigger'");
            }
        } finally {
            c.close();
        }
    }
}
