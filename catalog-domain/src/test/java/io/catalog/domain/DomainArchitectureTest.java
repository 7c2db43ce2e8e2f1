package io.catalog.domain;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "io.catalog.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = noClasses()
            .that().resideInAPackage("io.catalog.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "javax.persistence..", "javax.ws.rs..", "com.fasterxml..", "jakarta.json..",
                    "org.json..", "com.google.gson..")
            .because("the domain is plain Java; frameworks belong to the adapters");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices()
            .matching("io.catalog.domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule modelDoesNotDependOnTheApplicationLayer = noClasses()
            .that().resideOutsideOfPackage("io.catalog.domain.application..")
            .should().dependOnClassesThat().resideInAPackage("io.catalog.domain.application..");
}
