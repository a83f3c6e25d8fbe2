package dev.dockerlab;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package map of docs/ARCHITECTURE.md, kept true: packages point one
 * way, each layer uses only the layers below it, and the pure text work
 * (lessons, lint, rendering, handouts) never reaches for Docker.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.dockerlab");
    }

    /** Every top-level package of dev.dockerlab is a slice, and so is the root package itself. */
    private static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("dev.dockerlab")) {
                return SliceIdentifier.ignore();
            }
            String rest = name.substring("dev.dockerlab".length());
            return SliceIdentifier.of(rest.isEmpty() ? "(root)" : rest.substring(1).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the top-level packages of dev.dockerlab";
        }
    };

    @Test
    void packagesHaveNoCycles() {
        slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles().check(classes);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("command line").definedBy("dev.dockerlab.cli..")
                .layer("front ends").definedBy("dev.dockerlab.repl..", "dev.dockerlab.present..",
                        "dev.dockerlab.verify..", "dev.dockerlab.export..")
                .layer("lesson run").definedBy("dev.dockerlab.run..", "dev.dockerlab.doctor..")
                .layer("lab").definedBy("dev.dockerlab")
                .layer("classroom").definedBy("dev.dockerlab.classroom..")
                .layer("judging").definedBy("dev.dockerlab.check..", "dev.dockerlab.bundle..", "dev.dockerlab.guard..",
                        "dev.dockerlab.trust..")
                .layer("daemon and processes").definedBy("dev.dockerlab.docker..", "dev.dockerlab.shell..",
                        "dev.dockerlab.progress..", "dev.dockerlab.failure..")
                .layer("lesson text").definedBy("dev.dockerlab.lesson..", "dev.dockerlab.render..",
                        "dev.dockerlab.output..")
                .layer("check model").definedBy("dev.dockerlab.model..")
                .whereLayer("command line").mayNotBeAccessedByAnyLayer()
                .whereLayer("front ends").mayOnlyBeAccessedByLayers("command line")
                .whereLayer("lesson run").mayOnlyBeAccessedByLayers("command line", "front ends")
                .whereLayer("lab").mayOnlyBeAccessedByLayers("command line", "front ends", "lesson run")
                .whereLayer("classroom").mayOnlyBeAccessedByLayers("command line", "front ends", "lesson run", "lab")
                .whereLayer("judging").mayOnlyBeAccessedByLayers("command line", "front ends", "lesson run", "lab")
                .whereLayer("daemon and processes").mayOnlyBeAccessedByLayers("command line", "front ends",
                        "lesson run", "lab", "judging", "classroom")
                .whereLayer("lesson text").mayOnlyBeAccessedByLayers("command line", "front ends", "lesson run",
                        "lab", "judging", "classroom")
                .check(classes);
    }

    @Test
    void lessonsLintRenderingAndHandoutsNeedNoDocker() {
        noClasses().that().resideInAnyPackage("dev.dockerlab.model..", "dev.dockerlab.lesson..",
                        "dev.dockerlab.render..", "dev.dockerlab.export..")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.dockerjava..", "dev.dockerlab.docker..",
                        "dev.dockerlab.check..", "dev.dockerlab.shell..")
                .check(classes);
    }

    @Test
    void theClassServerNeedsNoDockerAndOnlyTheCommandLineStartsIt() {
        noClasses().that().resideInAPackage("dev.dockerlab.classroom..")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.dockerjava..", "dev.dockerlab.docker..",
                        "dev.dockerlab.check..", "dev.dockerlab.shell..", "dev.dockerlab.guard..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("dev.dockerlab.classroom.server..", "dev.dockerlab.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.dockerlab.classroom.server..")
                .check(classes);
    }

    @Test
    void theCheckModelIsPlainValues() {
        noClasses().that().resideInAPackage("dev.dockerlab.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.dockerlab.model..", "java..")
                .check(classes);
    }
}
