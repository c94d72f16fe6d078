package io.redress.cases.infrastructure;

import io.redress.cases.domain.SupportCase;
import io.redress.shared.infrastructure.RowSetStatements;
import io.redress.shared.infrastructure.SqlInstants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.sessions.Session;

/**
 * New cases written together, in the running transaction: on PostgreSQL one {@code INSERT ... SELECT FROM unnest(...)}
 * whose columns are array parameters, on H2 a JDBC batch. A bulk job opens hundreds of cases a chunk, and the
 * persistence context's flush built each one's row field by field (some 15 % of the server's CPU during a 100,000-case
 * job, bench/keys-benchmark.sh with JFR, 3 December 2026). The cases are numbered from the entity's own sequence blocks,
 * as a persist numbers them; they are not in the persistence context afterwards (a later read in the transaction reads
 * their rows). Columns that are null in every row are left to their default, null.
 */
@ApplicationScoped
public class SqlNewCases {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    RowSetStatements statements;

    /** Numbers the new cases and writes their rows. */
    public void insert(List<SupportCase> cases) {
        if (cases.isEmpty()) {
            return;
        }
        Session session = em.unwrap(Session.class);
        for (SupportCase c : cases) {
            c.numbered(session.getNextSequenceNumberValue(SupportCase.class).longValue());
        }
        List<Object[]> rows = cases.stream().map(SupportCase::row).toList();
        List<Integer> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int j = 0; j < SupportCase.ROW_COLUMNS.size(); j++) {
            String type = null;
            for (Object[] row : rows) {
                if (row[j] != null) {
                    type = arrayType(row[j]);
                    break;
                }
            }
            if (type != null) {
                columns.add(j);
                names.add(SupportCase.ROW_COLUMNS.get(j));
                types.add(type);
            }
        }
        String insert = "INSERT INTO support_case (" + String.join(", ", names) + ")";
        StringBuilder arrays = new StringBuilder();
        for (String type : types) {
            // instants travel as ISO-8601 text, read by PostgreSQL as timestamptz
            arrays.append(arrays.length() == 0 ? "" : ", ").append("timestamptz".equals(type) ? "?::text[]::timestamptz[]" : "?::" + type + "[]");
        }
        statements.write("new cases", insert + " SELECT * FROM unnest(" + arrays + ")", (ps, c) -> {
            for (int k = 0; k < columns.size(); k++) {
                ps.setArray(k + 1, array(c, types.get(k), rows, columns.get(k)));
            }
        }, insert + " VALUES (" + "?, ".repeat(columns.size() - 1) + "?)", rows.size(), (ps, i) -> bind(ps, rows.get(i), columns));
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
        throw new IllegalArgumentException("a case's column holds a " + value.getClass().getName());
    }

    private static java.sql.Array array(Connection c, String type, List<Object[]> rows, int column) throws SQLException {
        if ("timestamptz".equals(type)) {
            return c.createArrayOf("text", rows.stream().map(r -> r[column] == null ? null : SqlInstants.text((Instant) r[column]))
                    .toArray(String[]::new));
        }
        return c.createArrayOf(type, rows.stream().map(r -> r[column]).toArray());
    }

    private static void bind(PreparedStatement ps, Object[] row, List<Integer> columns) throws SQLException {
        for (int k = 0; k < columns.size(); k++) {
            Object value = row[columns.get(k)];
            ps.setObject(k + 1, value instanceof Instant t ? t.atOffset(ZoneOffset.UTC) : value);
        }
    }
}
