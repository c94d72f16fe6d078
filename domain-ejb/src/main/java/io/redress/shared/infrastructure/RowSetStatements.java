package io.redress.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.redress.shared.domain.InLists;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.sessions.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of rows written in the persistence context's transaction, on its own connection: on PostgreSQL one statement
 * whose columns are array parameters (unnested into rows by the SQL), on H2, which takes no such arrays, one JDBC
 * batch of single-row statements. Which database it is comes from {@link SchemaMigration} once, not from the driver's
 * metadata at every call.
 */
@ApplicationScoped
public class RowSetStatements {

    /** Binds a statement's array parameters (PostgreSQL). */
    @FunctionalInterface
    public interface ArrayParameters {
        void bind(PreparedStatement ps, Connection c) throws SQLException;
    }

    /** Binds one row of a JDBC batch (H2). */
    @FunctionalInterface
    public interface BatchRow {
        void bind(PreparedStatement ps, int row) throws SQLException;
    }

    /** Reads one row of a result set (into what the caller keeps). */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    SchemaMigration schema;

    private volatile Boolean postgresql;

    /** For a store used outside the container (a test on a plain connection): {@code database} as the migration names it. */
    public static RowSetStatements on(EntityManager em, String database) {
        RowSetStatements statements = new RowSetStatements();
        statements.em = em;
        statements.postgresql = "postgresql".equals(database);
        return statements;
    }

    /** Whether the database takes array parameters (PostgreSQL), else a JDBC batch (H2). */
    public boolean postgresql() {
        Boolean answer = postgresql;
        if (answer == null) {
            answer = "postgresql".equals(schema.database());
            postgresql = answer;
        }
        return answer;
    }

    /** The persistence context's connection, in its transaction. */
    public Connection connection() {
        return em.unwrap(Connection.class);
    }

    /**
     * {@code arraySql} once, its parameters bound by {@code arrays}, on PostgreSQL; else {@code rowSql} as a JDBC batch,
     * each of the {@code rows} rows bound by {@code row}. {@code what} names the rows in the error ("API keys' last use").
     *
     * @return the rows the statement (or the batch's statements together) changed
     */
    public int write(String what, String arraySql, ArrayParameters arrays, String rowSql, int rows, BatchRow row) {
        Connection c = connection();
        try {
            if (postgresql()) {
                try (PreparedStatement ps = c.prepareStatement(arraySql)) {
                    arrays.bind(ps, c);
                    return ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(rowSql)) {
                for (int i = 0; i < rows; i++) {
                    row.bind(ps, i);
                    ps.addBatch();
                }
                int changed = 0;
                for (int n : ps.executeBatch()) {
                    changed += Math.max(n, 0);
                }
                return changed;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " not written: " + e.getMessage(), e);
        }
    }

    /**
     * The next {@code n} ids of an entity's sequence, in order, from the same pre-allocated blocks a persist takes its ids
     * from: for rows written by plain SQL ({@link #insertRows}, the audit's and the trade log's) rather than through the
     * persistence context.
     */
    public long[] nextIds(Class<?> entity, int n) {
        Session session = em.unwrap(Session.class);
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = session.getNextSequenceNumberValue(entity).longValue();
        }
        return ids;
    }

    /** A new row of an entity, as {@link #insertRows} takes it, with the id drawn for it. */
    @FunctionalInterface
    public interface NewRow<T> {
        Object[] row(T item, long id);
    }

    /**
     * {@link #insertRows} for new entities of {@code entity}: their ids drawn from its sequence ({@link #nextIds}) in the
     * order given, each row made by {@code row}.
     */
    public <T> void insertNew(String what, String table, List<String> columns, Class<?> entity, List<T> items, NewRow<T> row) {
        long[] ids = nextIds(entity, items.size());
        List<Object[]> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            rows.add(row.row(items.get(i), ids[i]));
        }
        insertRows(what, table, columns, rows);
    }

    /**
     * New rows of {@code table} in one statement on PostgreSQL ({@code INSERT ... SELECT FROM unnest(...)}, a column an
     * array parameter) and a JDBC batch on H2: for a bulk job's hundreds of new rows a chunk, whose rows the persistence
     * context's flush builds field by field. Each row holds a value per column of {@code columns}: a {@code Long},
     * {@code Integer}, {@code Boolean}, {@code String} or {@code Instant}, or null; a column null in every row is left to
     * its default. The rows are not in the persistence context afterwards (a later read in the transaction reads them).
     */
    public void insertRows(String what, String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Integer> used = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            for (Object[] row : rows) {
                if (row[j] != null) {
                    used.add(j);
                    names.add(columns.get(j));
                    types.add(arrayType(row[j]));
                    break;
                }
            }
        }
        String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ")";
        StringBuilder arrays = new StringBuilder();
        for (String type : types) {
            // instants travel as ISO-8601 text, read by PostgreSQL as timestamptz
            arrays.append(arrays.length() == 0 ? "" : ", ").append("timestamptz".equals(type) ? "?::text[]::timestamptz[]" : "?::" + type + "[]");
        }
        write(what, insert + " SELECT * FROM unnest(" + arrays + ")", (ps, c) -> {
            for (int k = 0; k < used.size(); k++) {
                ps.setObject(k + 1, arrayLiteral(rows, used.get(k)), Types.OTHER);
            }
        }, insert + " VALUES (" + "?, ".repeat(used.size() - 1) + "?)", rows.size(), (ps, i) -> {
            for (int k = 0; k < used.size(); k++) {
                Object value = rows.get(i)[used.get(k)];
                ps.setObject(k + 1, value instanceof Instant t ? t.atOffset(ZoneOffset.UTC) : value);
            }
        });
    }

    private static String arrayType(Object value) {
        if (value instanceof Long) {
            return "bigint";
        }
        if (value instanceof Integer) {
            return "integer";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Instant) {
            return "timestamptz";
        }
        if (value instanceof String) {
            return "varchar";
        }
        throw new IllegalArgumentException("a row's column holds a " + value.getClass().getName());
    }

    /**
     * A column of the rows as PostgreSQL's array text ({@code {"a","b\"c",NULL}}), bound untyped and read by the
     * statement's cast: the driver's own arrays ({@code createArrayOf}) escaped each element a character at a time into
     * a growing buffer, a tenth of a bulk job's thread. Instants as ISO-8601 text, numbers and booleans as written.
     */
    static String arrayLiteral(List<Object[]> rows, int column) {
        StringBuilder out = new StringBuilder(16 + 24 * rows.size()).append('{');
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                out.append(',');
            }
            Object v = rows.get(r)[column];
            if (v == null) {
                out.append("NULL");
            } else if (v instanceof String || v instanceof Instant) {
                String s = v instanceof Instant t ? SqlInstants.text(t) : (String) v;
                out.append('"');
                int from = 0;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '"' || c == '\\') {
                        out.append(s, from, i).append('\\');
                        from = i;
                    }
                }
                out.append(s, from, s.length()).append('"');
            } else {
                out.append(v);
            }
        }
        return out.append('}').toString();
    }

    /**
     * Reads the rows of a set of keys: on PostgreSQL {@code arraySql} once, whose one parameter is the keys as an array
     * (a statement the driver prepares once, whatever the keys); on H2 {@code inListSql} followed by an {@code IN} list
     * of the keys, a {@link InLists slice} at a time. Each row goes to {@code row}; {@code what} names the rows in the error.
     */
    public void readKeys(String what, Collection<String> keys, String arraySql, String inListSql, RowReader row) {
        read(what, keys, "varchar", arraySql, inListSql, "", row);
    }

    /**
     * {@link #readKeys} whose H2 statement goes on after its {@code IN} list with {@code inListTail} (an
     * {@code ORDER BY ... FOR UPDATE}, as {@code arraySql} ends on PostgreSQL).
     */
    public void readKeys(String what, Collection<String> keys, String arraySql, String inListSql, String inListTail,
                         RowReader row) {
        read(what, keys, "varchar", arraySql, inListSql, inListTail, row);
    }

    /** {@link #readKeys} for numeric ids ({@code bigint[]} on PostgreSQL). */
    public void readIds(String what, Collection<Long> ids, String arraySql, String inListSql, RowReader row) {
        read(what, ids, "bigint", arraySql, inListSql, "", row);
    }

    private void read(String what, Collection<?> keys, String arrayType, String arraySql, String inListSql, String inListTail,
                      RowReader row) {
        if (keys.isEmpty()) {
            return;
        }
        Connection c = connection();
        try {
            if (postgresql()) {
                try (PreparedStatement ps = c.prepareStatement(arraySql)) {
                    ps.setArray(1, c.createArrayOf(arrayType, keys.toArray()));
                    readAll(ps, row);
                }
                return;
            }
            for (List<?> slice : InLists.slices(keys)) {
                try (PreparedStatement ps = c.prepareStatement(inListSql + " (" + "?,".repeat(slice.size() - 1) + "?)" + inListTail)) {
                    for (int i = 0; i < slice.size(); i++) {
                        ps.setObject(i + 1, slice.get(i));
                    }
                    readAll(ps, row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " not read: " + e.getMessage(), e);
        }
    }

    private static void readAll(PreparedStatement ps, RowReader row) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }
}
