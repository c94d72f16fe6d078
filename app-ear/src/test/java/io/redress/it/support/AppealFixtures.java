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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Test-only: moves an open appeal's deadline (filed today, it is 14 days away), so that a test sees it near its
 * deadline without waiting twelve days.
 */
@Path("appeals")
@Stateless
@Produces(MediaType.TEXT_PLAIN)
public class AppealFixtures {

    @Resource(lookup = "java:app/jdbc/redress")
    DataSource dataSource;

    @POST
    @Path("{id}/deadline")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String moveDeadline(@PathParam("id") long id, @QueryParam("at") String at) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE appeal SET deadline = ? WHERE id = ? AND state = 'OPEN'")) {
            ps.setObject(1, OffsetDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC));
            ps.setLong(2, id);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("no open appeal " + id);
            }
        }
        return at;
    }
}
