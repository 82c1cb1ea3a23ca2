package org.icsdrill.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The allowed directions (docs/decisions/0001): cli -> ui -> scenario-scripts -> plant-models ->
 * simulator-core, and inside the core the kernel knows no protocol library.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.icsdrill");
    }

    @Test
    void theCoreKnowsNoPlantScenarioOrUi() {
        noClasses().that().resideInAPackage("org.icsdrill.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.icsdrill.plants..", "org.icsdrill.scenario..",
                        "org.icsdrill.ui..", "org.icsdrill.cli..")
                .check(classes);
    }

    @Test
    void theKernelKnowsNoProtocolLibrary() {
        noClasses().that().resideInAnyPackage("org.icsdrill.core.sim..", "org.icsdrill.core.tag..",
                        "org.icsdrill.core.plant..", "org.icsdrill.core.signal..", "org.icsdrill.core.control..",
                        "org.icsdrill.core.alarm..", "org.icsdrill.core.journal..", "org.icsdrill.core.net..",
                        "org.icsdrill.core.exercise..", "org.icsdrill.core.capture..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.milo..", "com.ghgande..",
                        "javafx..", "org.icsdrill.core.modbus..", "org.icsdrill.core.opcua..")
                .check(classes);
    }

    @Test
    void plantsKnowNoProtocolAndNothingAbove() {
        noClasses().that().resideInAPackage("org.icsdrill.plants..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.milo..", "com.ghgande..", "javafx..",
                        "org.icsdrill.core.modbus..", "org.icsdrill.core.opcua..", "org.icsdrill.scenario..",
                        "org.icsdrill.ui..", "org.icsdrill.cli..")
                .check(classes);
    }

    @Test
    void scenariosKnowNoUiOrCli() {
        noClasses().that().resideInAPackage("org.icsdrill.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("org.icsdrill.ui..", "org.icsdrill.cli..",
                        "javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theUiKnowsNoCli() {
        noClasses().that().resideInAPackage("org.icsdrill.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.icsdrill.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** ADR 8: the console sees the plants only as an OPC UA client, as a real HMI does. */
    @Test
    void theConsoleIsOnlyAnOpcUaClientOfTheSimulator() {
        noClasses().that().resideInAPackage("org.icsdrill.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.icsdrill.core.sim.Simulation")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.icsdrill.core.sim.PlantRuntime")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.icsdrill.core.sim.SimulationDriver")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.icsdrill.core.exercise.Exercise")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.icsdrill.core.net..",
                        "org.icsdrill.core.modbus..", "org.icsdrill.scenario.engine..", "org.icsdrill.scenario.record..",
                        "org.icsdrill.plants..", "com.ghgande..")
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
