package org.icsdrill.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The allowed directions (docs/decisions/0016): cli -> ui, run-evidence -> scenario-scripts ->
 * plant-models, simulator-endpoints -> exercise-api -> simulator-kernel. Maven already refuses an
 * import of a module that is not below; these rules hold the packages inside the modules, and that
 * no package, in any module, takes part in a cycle.
 */
class ArchitectureTest {

    private static final String[] KERNEL = {"org.icsdrill.core.sim..", "org.icsdrill.core.tag..",
        "org.icsdrill.core.plant..", "org.icsdrill.core.signal..", "org.icsdrill.core.control..",
        "org.icsdrill.core.alarm..", "org.icsdrill.core.mimic..", "org.icsdrill.core.coupling.."};
    private static final String[] ENDPOINTS = {"org.icsdrill.core.journal..", "org.icsdrill.core.net..",
        "org.icsdrill.core.capture..", "org.icsdrill.core.modbus..", "org.icsdrill.core.opcua..",
        "org.icsdrill.core.exercise.."};
    private static final String[] PROTOCOL_AND_SCREEN = {"org.eclipse.milo..", "com.ghgande..", "javafx.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // a module's tests also come as a test jar (run-evidence's STIX checks): not the product's structure
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.icsdrill");
    }

    @Test
    void noPackageTakesPartInACycle() {
        slices().matching("org.icsdrill.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theKernelKnowsNothingAboveItAndNoProtocolOrScreen() {
        noClasses().that().resideInAnyPackage(KERNEL)
                .should().dependOnClassesThat().resideInAnyPackage(ENDPOINTS)
                .orShould().dependOnClassesThat().resideInAnyPackage(PROTOCOL_AND_SCREEN)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.icsdrill.api..", "org.icsdrill.plants..",
                        "org.icsdrill.scenario..", "org.icsdrill.evidence..", "org.icsdrill.ui..", "org.icsdrill.cli..")
                .check(classes);
    }

    @Test
    void theExerciseApiKnowsOnlyTheKernel() {
        noClasses().that().resideInAPackage("org.icsdrill.api..")
                .should().dependOnClassesThat().resideInAnyPackage(ENDPOINTS)
                .orShould().dependOnClassesThat().resideInAnyPackage(PROTOCOL_AND_SCREEN)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.icsdrill.plants..", "org.icsdrill.scenario..",
                        "org.icsdrill.evidence..", "org.icsdrill.ui..", "org.icsdrill.cli..")
                .check(classes);
    }

    @Test
    void theEndpointsKnowNoPlantScenarioOrConsole() {
        noClasses().that().resideInAnyPackage(ENDPOINTS)
                .should().dependOnClassesThat().resideInAnyPackage("org.icsdrill.plants..", "org.icsdrill.scenario..",
                        "org.icsdrill.evidence..", "org.icsdrill.ui..", "org.icsdrill.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void plantsKnowOnlyTheKernel() {
        noClasses().that().resideInAPackage("org.icsdrill.plants..")
                .should().dependOnClassesThat().resideInAnyPackage(ENDPOINTS)
                .orShould().dependOnClassesThat().resideInAnyPackage(PROTOCOL_AND_SCREEN)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.icsdrill.api..", "org.icsdrill.scenario..",
                        "org.icsdrill.evidence..", "org.icsdrill.ui..", "org.icsdrill.cli..")
                .check(classes);
    }

    /** The engine feeds the evidence through listeners; the evidence is never called by the engine. */
    @Test
    void scenariosKnowNoEvidenceUiOrCli() {
        noClasses().that().resideInAPackage("org.icsdrill.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("org.icsdrill.evidence..", "org.icsdrill.ui..",
                        "org.icsdrill.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void evidenceKnowsNoUiOrCli() {
        noClasses().that().resideInAPackage("org.icsdrill.evidence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.icsdrill.ui..", "org.icsdrill.cli..",
                        "javafx..", "org.eclipse.milo..")
                .check(classes);
    }

    /** ADR 8: the console sees the simulator only as an OPC UA client, as a real HMI does. */
    @Test
    void theConsoleIsOnlyAnOpcUaClientOfTheSimulator() {
        noClasses().that().resideInAPackage("org.icsdrill.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(ENDPOINTS)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.icsdrill.core.sim..",
                        "org.icsdrill.core.plant..", "org.icsdrill.core.signal..", "org.icsdrill.core.control..",
                        "org.icsdrill.core.coupling..",
                        "org.icsdrill.plants..", "org.icsdrill.scenario..", "org.icsdrill.evidence..",
                        "org.icsdrill.cli..", "com.ghgande..")
                .check(classes);
    }

    /** ADR 8: view models hold properties, not Nodes, so they are tested without a screen. */
    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().resideInAPackage("org.icsdrill.ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }
}
