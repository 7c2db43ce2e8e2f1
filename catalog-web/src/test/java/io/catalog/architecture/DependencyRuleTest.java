package io.catalog.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of every module, checked on their main classes (all of them are on this module's test
 * classpath). Maven already refuses a dependency on a module built later (domain, persistence, events, web); these
 * rules state what the build cannot: which libraries a layer may use, and which modules a layer must not reach
 * although Maven lets it.
 */
class DependencyRuleTest {

    private static final String DOMAIN = "io.catalog.domain..";
    private static final String PERSISTENCE = "io.catalog.persistence..";
    private static final String EVENTS = "io.catalog.events..";
    private static final String WEB = "io.catalog.web..";

    /** Frameworks and JSON libraries: the adapters' business. */
    private static final String[] FRAMEWORKS = {
        "jakarta..",
        "javax.persistence..",
        "javax.ws.rs..",
        "org.eclipse.persistence..",
        "org.eclipse.microprofile..",
        "io.opentelemetry..",
        "com.fasterxml..",
        "org.json..",
        "com.google.gson..",
        "org.eclipse.parsson..",
        "org.eclipse.yasson.."
    };

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.catalog");

    @Test
    void domainDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, EVENTS, WEB)
                .check(CLASSES);
    }

    @Test
    void domainIsFrameworkFree() {
        noClasses()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS)
                .because("the domain is plain Java; frameworks belong to the adapters")
                .check(CLASSES);
    }

    @Test
    void domainModelDoesNotDependOnTheApplicationLayer() {
        noClasses()
                .that()
                .resideInAPackage(DOMAIN)
                .and()
                .resideOutsideOfPackage("io.catalog.domain.application..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.catalog.domain.application..")
                .check(CLASSES);
    }

    @Test
    void persistenceNeverDependsOnEventsOrWeb() {
        noClasses()
                .that()
                .resideInAPackage(PERSISTENCE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(EVENTS, WEB)
                .check(CLASSES);
    }

    @Test
    void eventsNeverDependOnWeb() {
        noClasses()
                .that()
                .resideInAPackage(EVENTS)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(WEB)
                .check(CLASSES);
    }

    @Test
    void webhookSubscriptionModelIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("io.catalog.events.webhook.subscription..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, WEB)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS)
                .because("the web answers subscriptions from this model; the tables are behind its ports")
                .check(CLASSES);
    }

    @Test
    void webNeverDependsOnPersistence() {
        noClasses()
                .that()
                .resideInAPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(PERSISTENCE)
                .because("the web reaches stored data only through the domain's and the events module's ports")
                .check(CLASSES);
    }

    @Test
    void domainPackagesAreFreeOfCycles() {
        slices().assignedFrom(packagesOf("io.catalog.domain"))
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void persistencePackagesAreFreeOfCycles() {
        slices().assignedFrom(packagesOf("io.catalog.persistence"))
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void eventsPackagesAreFreeOfCycles() {
        slices().assignedFrom(packagesOf("io.catalog.events"))
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void webPackagesAreFreeOfCycles() {
        slices().assignedFrom(packagesOf("io.catalog.web"))
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    /** Each package of a module, its root package included, as one slice. */
    private static SliceAssignment packagesOf(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(root) || name.startsWith(root + ".")
                        ? SliceIdentifier.of(name)
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of " + root;
            }
        };
    }
}
