package io.revblueprint;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering the code is meant to have, as rules: the command line drives the job, the job drives the stages,
 * the stages work on a pure domain; delivery sends only what the report step wrote; no package depends on itself
 * in a circle.
 */
@AnalyzeClasses(packages = "io.revblueprint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"..crm..", "..metrics..", "..benchmark..", "..plan.."};

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("io.revblueprint..")
            .layer("Application").definedBy("io.revblueprint")
            .layer("Command line").definedBy("..cli..")
            .layer("Job").definedBy("..job..")
            .layer("Configuration").definedBy("..system..")
            .layer("Demo").definedBy("..demo..")
            .layer("Stages").definedBy("..snapshot..", "..source..", "..history..", "..report..", "..delivery..")
            .layer("Domain").definedBy(DOMAIN)
            .whereLayer("Command line").mayOnlyBeAccessedByLayers("Application")
            .whereLayer("Job").mayOnlyBeAccessedByLayers("Command line")
            .whereLayer("Demo").mayOnlyBeAccessedByLayers("Command line")
            .whereLayer("Configuration").mayOnlyBeAccessedByLayers("Command line", "Job")
            .whereLayer("Stages").mayOnlyBeAccessedByLayers("Job", "Configuration")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Stages", "Job", "Configuration", "Demo")
            .because("cli → job → stages → domain: each stage is wired by the job, never by another layer");

    @ArchTest
    static final ArchRule commandLineGoesThroughTheJob = noClasses().that().resideInAPackage("..cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.revblueprint.snapshot..", "io.revblueprint.source..",
                    "io.revblueprint.history..", "io.revblueprint.report..", "io.revblueprint.delivery..",
                    "io.revblueprint.crm..", "io.revblueprint.metrics..", "io.revblueprint.benchmark..",
                    "io.revblueprint.plan..")
            .because("the command line starts runs; what a run does is the job's business");

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "java.nio.file..", "java.net..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .because("metric, statistics and planning code is records in, records out, tested with plain JUnit");

    @ArchTest
    static final ArchRule domainKnowsNoStage = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("..snapshot..", "..source..", "..history..", "..report..",
                    "..delivery..", "..job..", "..cli..", "..system..", "..demo..")
            .because("the domain is what the stages share, so it cannot lean on any of them");

    @ArchTest
    static final ArchRule deliveryOnlyDelivers = noClasses().that().resideInAPackage("..delivery..")
            .should().dependOnClassesThat().resideInAnyPackage("..metrics..", "..plan..", "..benchmark..",
                    "..crm..", "..report..", "..snapshot..", "..source..", "..history..")
            .because("delivery sends the messages the report step wrote beside its PDFs, and keeps the ledger");

    @ArchTest
    static final ArchRule reportFormatsOnlyInText = noClasses().that().resideOutsideOfPackage("..report..")
            .should().dependOnClassesThat().resideInAPackage("..report.text..")
            .because("numbers become words in one place, the report's text package");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.revblueprint.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideTheReport = slices().matching("io.revblueprint.report.(*)..")
            .should().beFreeOfCycles();
}
