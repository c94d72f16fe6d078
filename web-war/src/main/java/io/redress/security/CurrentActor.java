package io.redress.security;

import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The acting staff member or integration client of the current request, as the domain services take it.
 * The injected request is CDI's proxy to the request being served, so view-scoped beans and the (application-scoped)
 * REST resources that inject this always see the caller of that request; the Actor is kept in a request attribute,
 * not in a request-scoped bean, whose creation per request cost more than everything this class does.
 */
@ApplicationScoped
public class CurrentActor {

    private static final String ACTOR = "redress.actor";

    @Inject
    HttpServletRequest request;

    public Actor get() {
        if (request.getAttribute(ACTOR) instanceof Actor known) {
            return known;
        }
        Actor actor = resolve();
        request.setAttribute(ACTOR, actor);
        return actor;
    }

    // The caller as RedressServerAuthModule established it, read from the request: SecurityContext would
    // cost a class-loader lookup per call on Payara 6.
    private Actor resolve() {
        Principal caller = request.getUserPrincipal();
        if (caller == null) {
            return Actor.anonymous(null, request.getRemoteAddr());
        }
        // The roles the authentication module verified for this very request (server-side attribute); asking
        // the container role by role would cost a synchronized JACC policy check each.
        Object verified = request.getAttribute(RedressServerAuthModule.REQUEST_ROLES);
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (verified instanceof Set<?> set) {
            set.stream().filter(Role.class::isInstance).map(Role.class::cast).forEach(roles::add);
        } else {
            for (Role role : Role.values()) {
                if (request.isUserInRole(role.name())) {
                    roles.add(role);
                }
            }
        }
        return new Actor(caller.getName(), roles, request.getRemoteAddr());
    }
}
