package io.redress.api.support;

import io.redress.security.CurrentActor;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Permission;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Refuses a caller the operation's declared {@link Requires permission} does not allow, after matching and before
 * JAX-RS reads the body or converts a parameter: 403 problem+json, whatever the body, query or path id. The refusal
 * is {@link Access}'s own (the same {@code access-denied} problem and the same audited {@code ACCESS_DENIED} entry the
 * service would give); the services keep their checks, and the rules beyond roles (the requester cancels, a customer
 * sees their view only).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class RequiredPermission implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;
    @Inject
    Access access;
    @Inject
    CurrentActor actor;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // nothing matched: JAX-RS answers 404 or 405 itself
        }
        if ("OPTIONS".equals(request.getMethod()) && !method.getDeclaringClass().getName().startsWith("io.redress.")) {
            return; // JAX-RS's own answer to OPTIONS, the Allow header: no operation of Redress's
        }
        Requires requires = method.getAnnotation(Requires.class);
        if (requires == null) {
            if (method.isAnnotationPresent(Open.class)) {
                return;
            }
            // WebHouseRulesTest keeps this from happening; refuse rather than serve an undeclared operation
            throw new IllegalStateException(method + " declares neither @Requires nor @Open");
        }
        Actor caller = actor.get();
        for (Permission permission : requires.value()) {
            if (permission.allows(caller)) {
                return;
            }
        }
        access.require(caller, requires.value()[0]); // refused: audited and thrown as the service's refusal is
    }
}
