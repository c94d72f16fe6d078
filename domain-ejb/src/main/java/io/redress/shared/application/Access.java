package io.redress.shared.application;

import io.redress.audit.application.AuditTrail;
import io.redress.shared.domain.AccessDenied;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one authorization point every service passes before it reads or changes anything protected.
 * Returns the role the actor acts in (the audit records it); a refusal is audited and thrown.
 */
@Stateless
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
