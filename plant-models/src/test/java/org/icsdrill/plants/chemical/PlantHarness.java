package org.icsdrill.plants.chemical;

import java.util.List;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.WriteResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The chemical plant in the real kernel, with short helpers for the tests. */
final class PlantHarness {

    final Simulation simulation;
    final PlantRuntime plant;

    PlantHarness(long seed) {
        simulation = new Simulation(SimulationConfig.defaults(seed), List.of(new ChemicalPlant()));
        plant = simulation.plant(ChemicalPlant.ID);
    }

    /** The true physical value (field tags) or the controller's value (the rest). */
    double truth(ChemicalTag tag) {
        return plant.trueValue(tag.ordinal());
    }

    double viewed(ChemicalTag tag) {
        return plant.view().value(tag.ordinal());
    }

    void write(ChemicalTag tag, double value) {
        assertThat(plant.submit(tag.ordinal(), value, "test")).isEqualTo(WriteResult.ACCEPTED);
    }

    PlantStatus status() {
        return plant.view().status();
    }

    double time() {
        return simulation.plantTimeSeconds();
    }

    void step() {
        simulation.step();
    }

    /** Puts every loop in manual at its present output: the plant then runs open loop. */
    void allLoopsManual() {
        write(ChemicalTag.TIC101_AUTO, 0);
        write(ChemicalTag.LIC101_AUTO, 0);
        write(ChemicalTag.FIC101_AUTO, 0);
    }

    /** Bypasses the safety system (ATT&CK for ICS T0880 style): its program does nothing. */
    void bypassSis() {
        plant.replaceSafetyProgram(new ControlProgram() {
            @Override
            public String name() {
                return "SIS bypassed";
            }

            @Override
            public void scan(ControllerMemory memory, double dtSeconds) {
            }
        });
    }
}
