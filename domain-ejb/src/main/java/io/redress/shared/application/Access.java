package io.redress.shared.application;

import io.redress.shared.domain.AccessDenied;
import io.redress.shared.domain.AccessRefused;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The one authorization point every service passes before it reads or changes anything protected.
 * Returns the role the actor acts in (the audit records it); a refusal is announced ({@link AccessRefused}: the audit
 * writes it down) and thrown.
 * A CDI bean, not an EJB: it runs in its caller's transaction and touches no data itself (a refusal's audit
 * entry commits on its own), and an EJB call with a transaction of its own cost more than the check.
 */
@ApplicationScoped
public class Access {

    @Inject
    Event<AccessRefused> refusals;

    /** The roles come from the permission catalogue only: no service keeps a role list of its own. */
    public String require(Actor actor, Permission permission) {
        return permission.actingRole(actor).map(Enum::name).orElseThrow(() -> {
            refusals.fire(new AccessRefused(actor, permission, actor.roles()));
            return new AccessDenied(permission.action(), permission.roles());
        });
    }
}
