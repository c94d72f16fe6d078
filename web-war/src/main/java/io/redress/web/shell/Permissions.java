package io.redress.web.shell;

import io.redress.security.CurrentActor;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What pages ask before they show an action: {@code #{permissions.can('restriction.approve')}}. The answer comes
 * from the permission catalogue the services enforce, so a page never offers what the service would refuse.
 * An unknown name fails loudly rather than hiding a button for ever.
 * <p>
 * A page that is only a form (nothing to load that its service would refuse first) guards itself with
 * {@code <f:viewAction action="#{permissions.require('case.open')}"/>}: whoever lacks the permission gets the console's
 * Not allowed page (403, {@link RefusalPages}), as on a page whose loading the service refuses.
 */
@Named
@ApplicationScoped
public class Permissions {

    @Inject
    CurrentActor actor;
    @Inject
    Access access;

    public boolean can(String action) {
        return permission(action).allows(actor.get());
    }

    /** A page's guard: refuses (AccessDenied, audited as a service's refusal is) whoever lacks the permission. */
    public void require(String action) {
        access.require(actor.get(), permission(action));
    }

    private static Permission permission(String action) {
        return Permission.named(action)
                .orElseThrow(() -> new IllegalArgumentException("no permission named " + action + " in the catalogue"));
    }
}
