package io.redress.arquillian;

import org.jboss.arquillian.container.test.impl.client.deployment.AnnotationDeploymentScenarioGenerator;
import org.jboss.arquillian.container.test.spi.client.deployment.DeploymentScenarioGenerator;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Deploys the integration tests' standard EAR once per test run instead of once per test class (62 deployments of
 * 10-20 s each were most of the build's time). Registered in {@code META-INF/services}; client side only, it is not
 * in the test WAR. {@link SharingScenarioGenerator} makes the shared deployment testable, {@link SharedDeployments}
 * deploys it for the first class and hands it to the others.
 */
public class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeploymentScenarioGenerator.class, AnnotationDeploymentScenarioGenerator.class,
                SharingScenarioGenerator.class);
        builder.observer(SharedDeployments.class);
    }
}
