package io.redress.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every integration test uses: the real EAR as the build packaged it, plus a test WAR holding the
 * test classes and the test fixtures (at /redress-it). Tests therefore run against exactly what ships.
 * <p>
 * {@link #ear()} is deployed once per test run, not once per class: the Arquillian extension
 * {@code io.redress.arquillian.SharedDeployments} deploys it for the first class and lets every later class reuse
 * it, always packaged testable so in-container classes find their runner. A test therefore meets the application
 * as earlier classes left it (rows, caches, counters): make its data its own (fresh names, fresh accounts), and
 * put back any switch it flips. A class that needs a fresh application says {@link FreshDeployment} and why.
 */
public final class RedressDeployment {

    /** The name of {@link #ear()}'s archive: the deployment the test run shares. */
    public static final String SHARED_ARCHIVE = "redress.ear";

    private RedressDeployment() {
    }

    /** The standard deployment, shared by every class of the run unless it says {@link FreshDeployment}. */
    public static EnterpriseArchive ear() {
        return ear("");
    }

    /**
     * A second copy of the application (context roots {@code /redress-<suffix>}, its own caches and connection
     * pool, the same database): how the tests stand in for another instance of a cluster. Never shared: deployed
     * for the class that asks for it and undeployed after it.
     */
    public static EnterpriseArchive ear(String suffix) {
        String tail = suffix.isEmpty() ? "" : "-" + suffix;
        File packaged = new File(System.getProperty("redress.ear", "target/redress.ear"));
        if (!packaged.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn verify builds it): " + packaged.getAbsolutePath());
        }
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "redress" + tail + ".ear")
                .merge(ShrinkWrap.createFromZipFile(EnterpriseArchive.class, packaged));
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "redress-it.war")
                .addPackages(true, "io.redress.it")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                  <display-name>redress%1$s</display-name>
                  <module><ejb>domain-ejb.jar</ejb></module>
                  <module><web><web-uri>web-war.war</web-uri><context-root>/redress%1$s</context-root></web></module>
                  <module><web><web-uri>redress-it.war</web-uri><context-root>/redress-it%1$s</context-root></web></module>
                  <library-directory>lib</library-directory>
                </application>
                """.formatted(tail)));
        return ear;
    }
}
