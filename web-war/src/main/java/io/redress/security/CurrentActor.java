package io.redress.security;

import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
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
    SecurityContext security;
    @Inject
    HttpServletRequest request;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    private Actor resolve() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return Actor.anonymous(null, request.getRemoteAddr());
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Actor(caller.getName(), roles, request.getRemoteAddr());
    }
}
