package io.redress.cases.application;

import io.redress.shared.infrastructure.RowSetStatements;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the search text of cases opened in bulk to the table the queue's text search reads (PostgreSQL, migration
 * V37): a statement of several new cases (a bulk job's chunk) only queues their ids, so that the job does not wait
 * for the trigram and word indexes; this takes them from the queue's head, {@code max} at a time, each batch in a
 * transaction of its own. Instances take different batches (SKIP LOCKED); a batch that fails stays queued for the next
 * run. On H2 there is nothing to do: the queue searches the cases' own column there.
 * <p>
 * Three plain statements, each case found by its key: one statement joining the queue's head to the cases, with its
 * size as a parameter, was planned generically after a few runs as a hash join over every case (keys benchmark,
 * 6 December 2026: a batch of 500 took from 1 to over 60 s, and a bulk job's 100,000 texts fell minutes behind).
 */
@Stateless
public class CaseTextIndex {

    /** Cases written to the search table in one transaction. */
    public static final int BATCH = 500;

    @Inject
    RowSetStatements statements;

    /** Whether this database has the search table and its queue. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean deferred() {
        return statements.postgresql();
    }

    /** Takes up to {@code max} queued cases and writes their search text; returns how many it took. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int indexQueued(int max) {
        if (!deferred()) {
            return 0;
        }
        Connection c = statements.connection();
        try {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement take = c.prepareStatement("SELECT case_id FROM case_text_pending ORDER BY case_id"
                    + " LIMIT " + Math.max(1, max) + " FOR UPDATE SKIP LOCKED"); ResultSet rs = take.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            Array taken = c.createArrayOf("bigint", ids.toArray());
            // a text written meanwhile by the update trigger is newer than this statement's read of it: kept
            try (PreparedStatement write = c.prepareStatement("INSERT INTO case_text (case_id, search_text)"
                    + " SELECT s.id, s.search_text FROM unnest(CAST(? AS BIGINT[])) AS p(id) CROSS JOIN LATERAL"
                    + " (SELECT id, search_text FROM support_case WHERE id = p.id) AS s ON CONFLICT (case_id) DO NOTHING")) {
                write.setArray(1, taken);
                write.executeUpdate();
            }
            try (PreparedStatement done = c.prepareStatement("DELETE FROM case_text_pending WHERE case_id = ANY(CAST(? AS BIGINT[]))")) {
                done.setArray(1, taken);
                done.executeUpdate();
            }
            return ids.size();
        } catch (SQLException e) {
            throw new IllegalStateException("cases' search text not written: " + e.getMessage(), e);
        }
    }
}
