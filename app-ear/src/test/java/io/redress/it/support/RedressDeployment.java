package io.redress.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the real EAR as the build packaged it, plus a test WAR
 * holding the test classes and the test fixtures (at /redress-it). Tests therefore run against exactly
 * what ships.
 */
public final class RedressDeployment {

    private RedressDeployment() {
    }

    public static EnterpriseArchive ear() {
        File packaged = new File(System.getProperty("redress.ear", "target/redress.ear"));
        if (!packaged.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn verify builds it): " + packaged.getAbsolutePath());
        }
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, packaged);
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "redress-it.war")
                .addPackages(true, "io.redress.it")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                  <display-name>redress</display-name>
                  <module><ejb>domain-ejb.jar</ejb></module>
                  <module><web><web-uri>web-war.war</web-uri><context-root>/redress</context-root></web></module>
                  <module><web><web-uri>redress-it.war</web-uri><context-root>/redress-it</context-root></web></module>
                  <library-directory>lib</library-directory>
                </application>
                """));
        return ear;
    }
}
