package io.redress.screening.infrastructure;

import io.redress.restrictions.api.HeldFunds;
import io.redress.shared.application.Committed;
import io.redress.shared.infrastructure.RedressDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The screening's answer to the decision service: the holds and freezes in force on accounts, read as committed with
 * one prepared statement (per 500 accounts) on the indexed {@code (account_id, in_force)}, so a freeze that has answered
 * the exchange is in the next WITHDRAW decision on every instance.
 */
@ApplicationScoped
@Committed
public class SqlHeldFunds implements HeldFunds {

    static final int CHUNK = 500;

    @Resource(lookup = RedressDataSource.JNDI_NAME)
    DataSource db;

    @Override
    public Map<String, List<Held>> heldOn(Collection<String> accountIds) {
        Map<String, List<Held>> out = new HashMap<>();
        List<String> all = new ArrayList<>(accountIds);
        try (Connection c = db.getConnection()) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                String sql = "SELECT account_id, asset, measure, SUM(covered_amount) FROM deposit_screening WHERE in_force = TRUE"
                        + " AND account_id IN (" + "?,".repeat(chunk.size() - 1) + "?) GROUP BY account_id, asset, measure"
                        + " ORDER BY account_id, asset, measure";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            java.math.BigDecimal amount = rs.getBigDecimal(4).stripTrailingZeros();
                            out.computeIfAbsent(rs.getString(1), x -> new ArrayList<>()).add(new Held(rs.getString(2),
                                    amount.scale() < 0 ? amount.setScale(0) : amount, Measure.valueOf(rs.getString(3))));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Screening holds unreadable: " + e.getMessage(), e);
        }
        return out;
    }
}
