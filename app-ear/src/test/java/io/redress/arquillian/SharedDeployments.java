package io.redress.arquillian;

import io.redress.it.support.FreshDeployment;
import io.redress.it.support.RedressDeployment;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Keeps the shared deployment (the archive named {@link RedressDeployment#SHARED_ARCHIVE}, as
 * {@link RedressDeployment#ear()} builds it) deployed from the first test class that asks for it to the end of the
 * run. The first {@link DeployDeployment} of it goes through to the container and its {@link ProtocolMetaData} (the
 * web modules' contexts and servlets) is kept; for every later class the event stops here: the class's deployment
 * is marked deployed and given the kept metadata, so an in-container class finds the Servlet protocol's runner as
 * if it had deployed it itself. {@link UnDeployDeployment} of the shared archive stops here too; it is undeployed
 * once, after the last class.
 * <p>
 * Not shared: any other archive (such as the second instance {@code ClusterReadYourWritesIT} deploys), deployments
 * not managed by Arquillian, and the standard archive of a class marked {@link FreshDeployment}. Such a class gets
 * its own deployment; because it has the shared one's name, the shared one is undeployed first and deployed again by
 * the next class that shares it.
 * <p>
 * The observers run inside Arquillian's deployment context (lower precedence than its context handler), so the
 * deployment-scoped producers below are the current class's.
 */
public class SharedDeployments {

    private static final Logger LOG = Logger.getLogger(SharedDeployments.class.getName());

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject
    private Instance<TestClass> testClass;

    /** The shared deployment while it is deployed, else null. One Arquillian manager (this observer) per test run. */
    private Deployed shared;
    private int deploys;
    private int reuses;

    private record Deployed(String container, DeployableContainer<?> deployable, Archive<?> archive, ProtocolMetaData metaData) {
    }

    /** Whether this class's deployment is the shared one. */
    static boolean shares(DeploymentDescription description, TestClass testClass) {
        return description.isArchiveDeployment() && description.managed()
                && RedressDeployment.SHARED_ARCHIVE.equals(description.getArchive().getName())
                && !testClass.isAnnotationPresent(FreshDeployment.class);
    }

    /**
     * The shared deployment is always testable (see {@link SharingScenarioGenerator}); a class that asked for a
     * client deployment must therefore say {@code @RunAsClient}, or its tests would silently move into the server.
     */
    static void check(DeploymentDescription description, TestClass testClass) {
        if (!description.testable() && !testClass.isAnnotationPresent(RunAsClient.class)) {
            throw new IllegalStateException(testClass.getName() + " deploys the shared EAR with testable = false but is not"
                    + " @RunAsClient: add @RunAsClient to the class (the shared deployment is testable), or @FreshDeployment");
        }
    }

    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
        DeployDeployment event = context.getEvent();
        Deployment current = event.getDeployment();
        DeploymentDescription currentDescription = current.getDescription();
        if (!shares(currentDescription, testClass.get())) {
            if (shared != null && currentDescription.isArchiveDeployment()
                    && shared.archive().getName().equals(currentDescription.getArchive().getName())) {
                LOG.info(() -> testClass.get().getName() + " wants a fresh " + shared.archive().getName()
                        + ": undeploying the shared one");
                undeployShared();
            }
            context.proceed();
            count(currentDescription, false);
            return;
        }
        if (shared != null && shared.container().equals(event.getContainerName())) {
            description.set(currentDescription);
            deployment.set(current);
            protocolMetaData.set(shared.metaData());
            current.deployed();
            reuses++;
            return;
        }
        context.proceed();
        if (current.isDeployed() && !current.hasDeploymentError()) {
            shared = new Deployed(event.getContainerName(), event.getDeployableContainer(),
                    testableOrPlain(currentDescription), protocolMetaData.get());
            count(currentDescription, true);
        }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        UnDeployDeployment event = context.getEvent();
        Deployment current = event.getDeployment();
        if (shared != null && shares(current.getDescription(), testClass.get())
                && shared.container().equals(event.getContainerName())) {
            current.undeployed(); // for this class; the archive stays deployed for the next one
            return;
        }
        context.proceed();
    }

    /** Before the containers stop (their observer has precedence 0), so the domain is left as it was found. */
    public void afterSuite(@Observes(precedence = 100) AfterSuite event) throws Exception {
        LOG.info(() -> "shared deployment: " + deploys + " deployment(s) made, " + reuses + " reused");
        if (shared != null) {
            undeployShared();
        }
    }

    private void undeployShared() throws Exception {
        Deployed undeploying = shared;
        shared = null;
        undeploying.deployable().undeploy(undeploying.archive());
    }

    private void count(DeploymentDescription deployed, boolean sharing) {
        deploys++;
        LOG.info(() -> "deployed " + deployed.getArchive().getName() + " for " + testClass.get().getName()
                + (sharing ? " (shared with the classes that follow)" : " (its own)"));
    }

    private static Archive<?> testableOrPlain(DeploymentDescription description) {
        return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
    }
}
