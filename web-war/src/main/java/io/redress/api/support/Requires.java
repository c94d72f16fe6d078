package io.redress.api.support;

import io.redress.shared.domain.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a REST operation's service requires, declared on the resource method so that {@link RequiredPermission}
 * refuses a caller who may not call it (403) before any body or parameter is read: a caller learns nothing of an
 * operation's validation when they may not call it. The roles come from {@link Permission} alone.
 * Several permissions mean any of them: the operation serves several views (staff and customer) and its service
 * picks the view and checks it on top.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {

    /** Any one of these lets the caller in; the first is the one a refusal names and audits. */
    Permission[] value();
}
