package io.redress.api.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST operation every authenticated caller may call, protected by no permission (ping). Written on purpose so
 * that a resource method with neither this nor {@link Requires} is a mistake the house rules catch.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Open {

    /** Why no permission protects it. */
    String value();
}
