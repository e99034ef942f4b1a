package io.revblueprint;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain (records, metrics, planning) is plain Java: no Spring, no JDBC, no files, no network. */
@AnalyzeClasses(packages = "io.revblueprint", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule domainHasNoFrameworkOrIo = noClasses()
            .that().resideInAnyPackage("io.revblueprint.crm", "io.revblueprint.metrics", "io.revblueprint.plan")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "java.nio.file..", "java.net..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .because("metric, statistics and planning code is records in, records out, tested with plain JUnit");
}
