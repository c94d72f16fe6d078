package io.redress.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Test-only: dates a deposit's screening back, as if it had been screened then (the re-screening's look-back is measured
 * from the screening's time). Plain SQL, as an old row would have been written.
 */
@Path("screening")
@Stateless
@Produces(MediaType.TEXT_PLAIN)
public class ScreeningFixtures {

    @Resource(lookup = "java:app/jdbc/redress")
    DataSource dataSource;

    @POST
    @Path("{id}/screened-at")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String screenedAt(@PathParam("id") long id, @QueryParam("at") String at) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE deposit_screening SET screened_at = ? WHERE id = ?")) {
            ps.setObject(1, Instant.parse(at).atOffset(ZoneOffset.UTC));
            ps.setLong(2, id);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("no deposit screening " + id);
            }
        }
        return "ok";
    }
}
