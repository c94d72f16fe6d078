package io.redress.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.redress.shared.domain.InLists;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
     * Reads the rows of a set of keys: on PostgreSQL {@code arraySql} once, whose one parameter is the keys as an array
     * (a statement the driver prepares once, whatever the keys); on H2 {@code inListSql} followed by an {@code IN} list
     * of the keys, a {@link InLists slice} at a time. Each row goes to {@code row}; {@code what} names the rows in the error.
     */
    public void readKeys(String what, Collection<String> keys, String arraySql, String inListSql, RowReader row) {
        read(what, keys, "varchar", arraySql, inListSql, row);
    }

    /** {@link #readKeys} for numeric ids ({@code bigint[]} on PostgreSQL). */
    public void readIds(String what, Collection<Long> ids, String arraySql, String inListSql, RowReader row) {
        read(what, ids, "bigint", arraySql, inListSql, row);
    }

    private void read(String what, Collection<?> keys, String arrayType, String arraySql, String inListSql, RowReader row) {
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
                try (PreparedStatement ps = c.prepareStatement(inListSql + " (" + "?,".repeat(slice.size() - 1) + "?)")) {
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
