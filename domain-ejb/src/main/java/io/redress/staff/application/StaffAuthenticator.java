package io.redress.staff.application;

import io.redress.audit.application.AuditTrail;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import io.redress.staff.domain.AuthenticatedStaff;
import io.redress.staff.domain.PasswordHasher;
import io.redress.staff.domain.StaffMember;
import io.redress.staff.domain.StaffRules;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Checks credentials against the staff accounts. A failed attempt is audited (in its own transaction) and counted
 * by the {@link LoginThrottle}, which refuses throttled attempts before any hash is computed; a disabled account
 * never signs in. {@link #activeRoles} is asked on every console request, so disabling
 * or re-roling someone takes effect on their next click.
 */
@Stateless
public class StaffAuthenticator {

    /** Hash of a random password, checked when the username is unknown so both paths take the same time. */
    private static final String DUMMY_HASH = PasswordHasher.hash("no such user, same cost".toCharArray());

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    CredentialCache cache;
    @Inject
    Clock clock;
    @Inject
    LoginThrottle throttle;

    public enum Channel { CONSOLE, API }

    public Optional<AuthenticatedStaff> authenticate(String username, char[] password, String origin, Channel channel) {
        String name = canonical(username);
        if (channel == Channel.API) {
            Optional<AuthenticatedStaff> cached = cache.lookup(name, password, clock.instant());
            if (cached.isPresent()) {
                return cached;
            }
        }
        return check(name, password, origin, channel);
    }

    /**
     * An API client's credentials checked against its staff account again, whatever the cache remembers (the
     * refresh of a remembered check before it lapses); a success is remembered anew, a failure audited as usual.
     */
    public Optional<AuthenticatedStaff> recheck(String username, char[] password, String origin) {
        return check(canonical(username), password, origin, Channel.API);
    }

    private Optional<AuthenticatedStaff> check(String name, char[] password, String origin, Channel channel) {
        Optional<StaffMember> member = em.createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class)
                .setParameter("username", name).getResultStream().findFirst();
        // an integration client's failures count per source network: anyone else's guesses must not lock the exchange out
        boolean machine = member.isPresent() && LoginThrottle.machineClient(member.get().roles());
        // before any hash: a throttled or locked name or address is refused for the cost of a read
        throttle.check(name, origin, machine, clock.instant());
        boolean matches;
        if (member.isPresent()) {
            matches = member.get().passwordMatches(password);
        } else {
            PasswordHasher.matches(password, DUMMY_HASH);
            matches = false;
        }
        if (!matches || !member.get().enabled()) {
            String why = member.isEmpty() ? "unknown username" : !matches ? "wrong password" : "account disabled";
            audit.recordIndependently(Actor.anonymous(name, origin), "LOGIN_FAILED", "StaffMember", Actor.attempted(name),
                    channel + ": " + why);
            countFailure(name, origin, machine);
            return Optional.empty();
        }
        StaffMember m = member.get();
        throttle.succeeded(name, origin, machine);
        AuthenticatedStaff staff = new AuthenticatedStaff(m.username(), m.displayName(), m.roles());
        if (channel == Channel.API) {
            cache.remember(staff, password, clock.instant());
        } else {
            audit.record(new Actor(m.username(), m.roles(), origin), m.roles().iterator().next().name(),
                    "LOGIN", "StaffMember", m.username(), null, null, "console sign-in");
        }
        return Optional.of(staff);
    }

    private void countFailure(String name, String origin, boolean machine) {
        try {
            throttle.failed(name, origin, machine, clock.instant());
        } catch (EJBException e) {
            // two first failures of one key at once both inserted its row; the loser counts again on the winner's row
            throttle.failed(name, origin, machine, clock.instant());
        }
    }

    /** Usernames are compared as {@link StaffRules#canonicalName} writes them. */
    static String canonical(String username) {
        return username == null ? "" : StaffRules.canonicalName(username);
    }

    /** The roles of an enabled staff member, or empty when the account is gone or disabled. */
    public Optional<Set<Role>> activeRoles(String username) {
        return em.createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class)
                .setParameter("username", username).getResultStream().findFirst()
                .filter(StaffMember::enabled).map(StaffMember::roles);
    }

    public Optional<String> displayName(String username) {
        return em.createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class)
                .setParameter("username", username).getResultStream().findFirst().map(StaffMember::displayName);
    }
}
