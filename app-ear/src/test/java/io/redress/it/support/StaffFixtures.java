package io.redress.it.support;

import io.redress.it.support.Fixtures.Credentials;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import io.redress.staff.application.StaffService;
import io.redress.staff.domain.StaffView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Test-only: a new staff member with a random name and password for one test, or disabling one. A stateless
 * EJB resource, so no CDI request context is needed, also with two copies of the application deployed.
 */
@Path("staff")
@Stateless
@Produces(MediaType.APPLICATION_JSON)
public class StaffFixtures {

    @EJB
    StaffService staff;

    @POST
    public Credentials create(@QueryParam("roles") String roles) {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 12);
        String password = UUID.randomUUID().toString();
        EnumSet<Role> set = Arrays.stream(roles.split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        staff.create(Actor.system(), username, "Test " + username, set, password.toCharArray());
        return new Credentials(username, password);
    }

    @POST
    @Path("{username}/disable")
    public StaffView disable(@PathParam("username") String username) {
        StaffView current = staff.list(Actor.system()).stream().filter(s -> s.username().equals(username))
                .findFirst().orElseThrow();
        return staff.disable(Actor.system(), username, current.version(), "test fixture");
    }
}
