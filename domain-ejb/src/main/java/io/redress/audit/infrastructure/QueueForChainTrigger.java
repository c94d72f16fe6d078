package io.redress.audit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger after each insert into audit_entry: queues the new entry for the chainer (audit_pending), in the
 * inserting transaction, whoever inserts (see db/migration/h2). The entry's id is its first column.
 */
public class QueueForChainTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO audit_pending (entry_id) VALUES (?)")) {
            ps.setObject(1, newRow[0]);
            ps.executeUpdate();
        }
    }
}
