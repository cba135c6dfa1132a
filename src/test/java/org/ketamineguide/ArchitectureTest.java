package org.ketamineguide;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketamineguide.content.ContentRepository;

/** Boundaries that keep rules, calculators and content testable without a toolkit. */
class ArchitectureTest {
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
}
