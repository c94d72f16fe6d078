package io.redress.web.shell;

import io.redress.security.CurrentActor;
import io.redress.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What pages ask before they show an action: {@code #{permissions.can('restriction.approve')}}. The answer comes
 * from the permission catalogue the services enforce, so a page never offers what the service would refuse.
 * An unknown name fails loudly rather than hiding a button for ever.
 */
@Named
@ApplicationScoped
public class Permissions {

    @Inject
    CurrentActor actor;

    public boolean can(String action) {
        Permission permission = Permission.named(action)
                .orElseThrow(() -> new IllegalArgumentException("no permission named " + action + " in the catalogue"));
        return permission.allows(actor.get());
    }
}
