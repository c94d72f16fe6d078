package io.redress.security;

import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;

/**
 * The acting staff member or integration client of the current request, as the domain services take it.
 * Request-scoped, so view-scoped beans that inject it always see the request being served.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    HttpServletRequest request;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    // The caller as RedressAuthenticationMechanism established it, read from the request: SecurityContext would
    // cost a class-loader lookup per call on Payara 6.
    private Actor resolve() {
        Principal caller = request.getUserPrincipal();
        if (caller == null) {
            return Actor.anonymous(null, request.getRemoteAddr());
        }
        // The roles the authentication mechanism verified for this very request (server-side attribute); asking
        // the container role by role would cost a synchronized JACC policy check each.
        Object verified = request.getAttribute(RedressAuthenticationMechanism.REQUEST_ROLES);
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (verified instanceof java.util.Set<?> set) {
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
