package org.ketamineguide;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketamineguide.content.ContentRepository;

/**
 * Boundaries that keep rules, calculators and content testable without a toolkit, and the arrows
 * between packages: features stand on the ground floor, never on the shell or on each other.
 */
class ArchitectureTest {
    /** The features: each with its plain package and its {@code ui} sub-package. */
    private static final String FEATURES = "org.ketamineguide.(screening|topics|planner|decision|safety)..";
    /** What features stand on; it knows no feature and no shell. */
    private static final String[] GROUND_FLOOR = {"org.ketamineguide.content..", "org.ketamineguide.config..",
        "org.ketamineguide.json..", "org.ketamineguide.nav..", "org.ketamineguide.i18n..", "org.ketamineguide.ui..",
        "org.ketamineguide.print..", "org.ketamineguide.session..", "org.ketamineguide.storage.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ketamineguide");
    }

    @Test
    void contentRulesAndCalculatorsNeverUseJavaFx() {
        noClasses().that().resideInAnyPackage(
                        "org.ketamineguide.content..",
                        "org.ketamineguide.config..",
                        "org.ketamineguide.json..",
                        "org.ketamineguide.i18n..",
                        "org.ketamineguide.print..",
                        "org.ketamineguide.storage..",
                        "org.ketamineguide.screening",
                        "org.ketamineguide.planner",
                        "org.ketamineguide.topics",
                        "org.ketamineguide.safety",
                        "org.ketamineguide.decision")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
                .because("rules, calculators and content must be testable without a toolkit")
                .check(classes);
    }

    @Test
    void controllersDoNotTouchTheContentRepository() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().areAssignableTo(ContentRepository.class)
                .because("controllers bind and forward; models read content")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootBuildsTheApp() {
        noClasses().that().resideOutsideOfPackage("org.ketamineguide")
                .should().dependOnClassesThat().areAssignableTo(KetamineGuideApp.class)
                .because("there is one composition root")
                .check(classes);
    }

    @Test
    void featuresDoNotImportEachOther() {
        slices().matching(FEATURES).should().notDependOnEachOther()
                .because("the composition root wires one feature's \"go to\" to another (callbacks or nav requests)")
                .check(classes);
    }

    @Test
    void featuresDoNotImportTheShellOrTheCompositionRoot() {
        noClasses().that().resideInAnyPackage("org.ketamineguide.screening..", "org.ketamineguide.topics..",
                        "org.ketamineguide.planner..", "org.ketamineguide.decision..", "org.ketamineguide.safety..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ketamineguide.shell..", "org.ketamineguide")
                .because("features stand on the ground floor (nav, i18n, ui, content, ...), not on the frame around them")
                .check(classes);
    }

    @Test
    void theGroundFloorKnowsNoFeatureAndNoShell() {
        noClasses().that().resideInAnyPackage(GROUND_FLOOR)
                .should().dependOnClassesThat().resideInAnyPackage("org.ketamineguide.screening..",
                        "org.ketamineguide.topics..", "org.ketamineguide.planner..", "org.ketamineguide.decision..",
                        "org.ketamineguide.safety..", "org.ketamineguide.shell..", "org.ketamineguide")
                .because("features and the shell build on it, so it cannot build on them")
                .check(classes);
    }
}
