package io.redress.arquillian;

import java.util.List;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.test.impl.client.deployment.AnnotationDeploymentScenarioGenerator;
import org.jboss.arquillian.container.test.spi.client.deployment.DeploymentScenarioGenerator;
import org.jboss.arquillian.core.api.Injector;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * Reads the {@code @Deployment} methods as Arquillian does, then packages the shared deployment as testable (with
 * the Servlet protocol's runner in the test WAR) even for a class that declared {@code testable = false}: whichever
 * class deploys it first, the in-container classes that come later find the runner they need. The client classes
 * still run as clients: every {@code testable = false} class is {@code @RunAsClient}, which decides where a test
 * runs whatever the deployment says ({@link SharedDeployments#check} refuses one that is not).
 */
public class SharingScenarioGenerator implements DeploymentScenarioGenerator {

    @Inject
    private Instance<Injector> injector;

    @Override
    public List<DeploymentDescription> generate(TestClass testClass) {
        AnnotationDeploymentScenarioGenerator annotations = injector.get().inject(new AnnotationDeploymentScenarioGenerator());
        List<DeploymentDescription> descriptions = annotations.generate(testClass);
        for (DeploymentDescription description : descriptions) {
            if (SharedDeployments.shares(description, testClass)) {
                SharedDeployments.check(description, testClass);
                description.shouldBeTestable(true);
            }
        }
        return descriptions;
    }
}
