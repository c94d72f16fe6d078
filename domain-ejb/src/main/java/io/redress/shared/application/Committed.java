package io.redress.shared.application;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The owning context's implementation of a port another context declares (restrictions' {@code KeyCheck}, answered
 * by the API-key registry): it reads the committed state. The declaring context gives its own services the port's
 * unqualified implementation, its decision cache, which holds this one and asks it for what it does not keep.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Committed {
}
