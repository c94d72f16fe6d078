package io.redress.it.support;

import io.redress.jobs.infrastructure.JobLauncher;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Test-only: makes a job look as a crash of this server leaves it — still RUNNING in Redress's table, owned by an
 * earlier start of this same server and application — then runs the launcher's start-up sweep, as the next start
 * would. Answers how many jobs the sweep resumed.
 */
@Path("jobs")
@Stateless
@Produces(MediaType.TEXT_PLAIN)
public class JobFixtures {

    @EJB
    JobLauncher launcher;
    @Resource(lookup = "java:app/jdbc/redress")
    DataSource dataSource;

    @POST
    @Path("{id}/crashed")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String crashed(@PathParam("id") long id) throws SQLException {
        String me = launcher.owner();
        String earlierStart = me.substring(0, me.lastIndexOf('/') + 1) + "an-earlier-start";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE batch_job SET state = 'RUNNING', owner = ? WHERE id = ?")) {
            ps.setString(1, earlierStart);
            ps.setLong(2, id);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("no job " + id);
            }
        }
        return Integer.toString(launcher.resumeOrphans());
    }
}
