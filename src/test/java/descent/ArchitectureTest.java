package descent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
        noClasses().that().resideInAnyPackage("descent.math..", "descent.surface..", "descent.optim..", "descent.sim..",
                        "descent.contour..", "descent.render..", "descent.export..", "descent.scenario..",
                        "descent.lesson..", "descent.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..", "descent.ui..", "descent.app..")
                .check(CLASSES);
    }

    @Test
    void theWindowsRolesDependOnEachOtherWithoutCycles() {
        // look and util at the bottom, the race above them, the plot, controls and export above the race, the window
        // (descent.ui itself) and the benchmark on top.
        slices().matching("descent.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
        noClasses().that().resideInAnyPackage("descent.ui.look..", "descent.ui.util..", "descent.ui.race..",
                        "descent.ui.plot..", "descent.ui.controls..", "descent.ui.export..")
                .should().dependOnClassesThat().resideInAnyPackage("descent.app..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("descent.ui.MainViewModel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("descent.ui.MainView")
                .check(CLASSES);
    }

    @Test
    void theSharedNumbersDependOnNothingOfTheProject() {
        noClasses().that().resideInAPackage("descent.math..").should().dependOnClassesThat()
                .resideOutsideOfPackages("descent.math..", "java..", "com.fasterxml.jackson.core.io..")
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
