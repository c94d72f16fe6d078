package io.redress.shared.application;

import io.redress.audit.application.AuditTrail;
import io.redress.shared.domain.AccessDenied;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one authorization point every service passes before it reads or changes anything protected.
 * Returns the role the actor acts in (the audit records it); a refusal is audited and thrown.
 * A CDI bean, not an EJB: it runs in its caller's transaction and touches no data itself (a refusal's audit
 * entry commits on its own), and an EJB call with a transaction of its own cost more than the check.
 */
@ApplicationScoped
public class Access {

    @Inject
    AuditTrail audit;

    public String require(Actor actor, String action, Role first, Role... more) {
        Set<Role> allowed = EnumSet.of(first, more);
        return actor.actingAs(allowed).map(Enum::name).orElseThrow(() -> {
            audit.recordIndependently(actor, "ACCESS_DENIED", "Action", action,
                    "requires one of " + allowed + ", holds " + actor.roles());
            return new AccessDenied(action, allowed);
        });
    }
}
