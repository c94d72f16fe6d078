package io.redress.it.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a test class: deploy {@link RedressDeployment#ear()} for this class alone instead of reusing the deployment the
 * test run shares (see {@code io.redress.arquillian.SharedDeployments}). For a class that needs the application as a
 * fresh start leaves it (its in-memory state: caches, timers, the database gate), or that deploys another
 * application beside it (Payara's {@code /openapi} then follows the other one); say why in {@link #value()}. It
 * costs two deployments: this class's, and the shared one's again for the next class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FreshDeployment {

    /** Why this class cannot share the deployment. */
    String value();
}
