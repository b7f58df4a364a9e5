package org.coplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Stateless;
import org.coplan.audit.Audited;
import org.coplan.audit.NotAudited;
import org.junit.jupiter.api.Test;

/** The shape rules of STYLE.md that a reviewer would otherwise have to remember. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coplan");

    @Test
    void everyServiceMethodIsAuditedOrSaysWhyNot() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                .and().arePublic().and().doNotHaveModifier(JavaModifier.STATIC)
                .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
                .should().beAnnotatedWith(Audited.class).orShould().beAnnotatedWith(NotAudited.class)
                .check(CLASSES);
    }

    @Test
    void theDomainKnowsNothingOfFacesOrJaxRs() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..",
                "org.primefaces..").check(CLASSES);
    }

    @Test
    void onlySecurityAndAuditTalkToShiro() {
        noClasses().that().resideOutsideOfPackages("org.coplan.security..", "org.coplan.audit..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.shiro..").check(CLASSES);
    }

    @Test
    void aPackageNeverReachesIntoAnotherPackagesRepository() {
        for (String part : new String[] {"people", "security", "participation", "audit", "shared"}) {
            noClasses().that().resideOutsideOfPackage("org.coplan." + part + "..")
                    .and().resideOutsideOfPackage("org.coplan.demo..")
                    .should().dependOnClassesThat(JavaClass.Predicates.simpleNameEndingWith("Repository")
                            .and(JavaClass.Predicates.resideInAPackage("org.coplan." + part + "..")))
                    .check(CLASSES);
        }
    }
}
