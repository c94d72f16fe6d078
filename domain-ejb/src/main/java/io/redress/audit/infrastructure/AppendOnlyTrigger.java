package io.redress.audit.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2 trigger on audit_entry: refuses every update and delete (see db/migration/h2). */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "42501");
    }
}
