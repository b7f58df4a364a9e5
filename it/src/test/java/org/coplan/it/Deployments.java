package org.coplan.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place that builds test deployments. Every test deploys the EAR that the build made
 * (the same file the run command deploys); in-container tests add a small test WAR to it.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The EAR exactly as built, for tests that use CoPlan from outside (HTTP, browser). */
    public static EnterpriseArchive coplan() {
        String path = System.getProperty("coplan.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn verify from the project root); not found: " + path);
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /**
     * The EAR plus a test WAR holding the given test classes and the shared test helpers, so the
     * tests run inside the server beside the services, with the same libraries and database.
     */
    public static EnterpriseArchive coplanWithTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "coplan-tests.war")
                .addClasses(testClasses)
                .addClasses(Deployments.class, RunAs.class, TestData.class, TestData.World.class)
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addAsResource("test-persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "version=\"4.0\" bean-discovery-mode=\"all\"/>"), "beans.xml");
        EnterpriseArchive ear = coplan();
        ear.addAsModule(Testable.archiveToTest(tests));
        return ear;
    }

    private static JavaArchive jarOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
