package io.redress.it.support;

import io.redress.it.support.Fixtures.Credentials;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import io.redress.staff.application.StaffService;
import io.redress.staff.domain.PasswordHasher;
import io.redress.staff.domain.StaffView;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Test-only: a new staff member with a random name and password for one test, or disabling one. A stateless
 * EJB resource, so no CDI request context is needed, also with two copies of the application deployed.
 */
@Path("staff")
@Stateless
@Produces(MediaType.APPLICATION_JSON)
public class StaffFixtures {

    private static final int FIXTURE_ITERATIONS = 1_000;

    @EJB
    StaffService staff;
    @Resource(lookup = "java:app/jdbc/redress")
    DataSource dataSource;

    @POST
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the member committed before its hash is replaced
    public Credentials create(@QueryParam("roles") String roles) {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 12);
        String password = UUID.randomUUID().toString();
        EnumSet<Role> set = Arrays.stream(roles.split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        staff.create(Actor.system(), username, "Test " + username, set, password.toCharArray());
        cheapen(username, password);
        return new Credentials(username, password);
    }

    /**
     * Gives a fixture member a hash of their random password derived with {@value #FIXTURE_ITERATIONS} iterations instead
     * of the stored 210,000. A run creates hundreds of them, and each sign-in (again every minute, when the credential
     * cache lapses) would spend a full derivation of server CPU; the hash's own iteration count is what a check uses.
     * Creating them still goes through {@link StaffService#create}, hash, audit and all.
     */
    private void cheapen(String username, String password) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE staff_member SET password_hash = ? WHERE username = ?")) {
            ps.setString(1, PasswordHasher.hash(password.toCharArray(), FIXTURE_ITERATIONS));
            ps.setString(2, username);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("no staff member " + username);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @POST
    @Path("{username}/disable")
    public StaffView disable(@PathParam("username") String username) {
        StaffView current = staff.get(Actor.system(), username);
        return staff.disable(Actor.system(), username, current.version(), "test fixture");
    }
}
