package io.redress.api.support;

import io.redress.security.CurrentActor;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Refuses a caller the operation's declared {@link Requires permission} does not allow, after matching and before
 * JAX-RS reads the body or converts a parameter: 403 problem+json, whatever the body, query or path id. The refusal
 * is {@link Access}'s own (the same {@code access-denied} problem and the same audited {@code ACCESS_DENIED} entry the
 * service would give); the services keep their checks, and the rules beyond roles (the requester cancels, a customer
 * sees their view only).
 * <p>
 * Bound once per operation when the application starts (a {@link DynamicFeature}): each operation gets a check that
 * already holds its permissions. Looking the matched method up at every request, through the injected
 * {@code ResourceInfo}, cost about 4 % of the server's CPU per decision and took a lock of the injection framework
 * that requests queued on when the machine was loaded. Nothing matched (404, 405) gets no check; a method of a class
 * outside Redress answers only OPTIONS (JAX-RS's own answer, the Allow header) and is refused otherwise, as is an
 * operation of Redress's declaring neither {@code @Requires} nor {@code @Open}.
 */
@Provider
@ApplicationScoped
public class RequiredPermission implements DynamicFeature {

    @Inject
    Access access;
    @Inject
    CurrentActor actor;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        if (!method.getDeclaringClass().getName().startsWith("io.redress.")) {
            // JAX-RS's own OPTIONS; an operation some library brought would be served unchecked: refused instead
            context.register(new Undeclared(method, true), Priorities.AUTHORIZATION);
            return;
        }
        Requires requires = method.getAnnotation(Requires.class);
        if (requires == null && method.isAnnotationPresent(Open.class)) {
            return;
        }
        context.register(requires == null ? new Undeclared(method, false)
                : new Check(List.of(requires.value()), access, actor), Priorities.AUTHORIZATION);
    }

    /** One operation's check: any of its permissions lets the caller in. */
    static final class Check implements ContainerRequestFilter {

        private final List<Permission> permissions;
        private final Access access;
        private final CurrentActor actor;

        Check(List<Permission> permissions, Access access, CurrentActor actor) {
            this.permissions = permissions;
            this.access = access;
            this.actor = actor;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Actor caller = actor.get();
            for (Permission permission : permissions) {
                if (permission.allows(caller)) {
                    return;
                }
            }
            access.require(caller, permissions.get(0)); // refused: audited and thrown as the service's refusal is
        }
    }

    /** RequiresDeclaredTest keeps this from happening; refuse rather than serve an undeclared operation. */
    static final class Undeclared implements ContainerRequestFilter {

        private final Method method;
        private final boolean options;

        Undeclared(Method method, boolean options) {
            this.method = method;
            this.options = options;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (options && "OPTIONS".equals(request.getMethod())) {
                return;
            }
            throw new IllegalStateException(method + " declares neither @Requires nor @Open");
        }
    }
}
