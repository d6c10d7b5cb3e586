package descent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The backend must run without JavaFX: headless exports, the command line and tests depend on it. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("descent");

    @Test
    void backendImportsNoJavaFx() {
        noClasses().that().resideInAnyPackage("descent.surface..", "descent.optim..", "descent.sim..",
                        "descent.contour..", "descent.render..", "descent.export..", "descent.scenario..",
                        "descent.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..", "descent.ui..", "descent.app..")
                .check(CLASSES);
    }

    @Test
    void optimizersAndSurfacesKnowNothingOfSimulationOrOutput() {
        noClasses().that().resideInAnyPackage("descent.surface..", "descent.optim..")
                .should().dependOnClassesThat().resideInAnyPackage("descent.sim..", "descent.render..",
                        "descent.export..", "descent.cli..", "descent.scenario..")
                .check(CLASSES);
    }
}
