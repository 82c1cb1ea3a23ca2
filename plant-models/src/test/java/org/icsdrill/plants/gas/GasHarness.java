package org.icsdrill.plants.gas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.WriteResult;

/** The gas plant in the real kernel, with short helpers for the tests. */
final class GasHarness {

    final Simulation simulation;
    final PlantRuntime plant;

    GasHarness(long seed) {
        this(seed, new GasPlant());
    }

    GasHarness(long seed, GasPlant model) {
        simulation = new Simulation(SimulationConfig.defaults(seed), List.of(model));
        plant = simulation.plant(GasPlant.ID);
    }

    /** The true physical value (field tags) or the controller's value (the rest). */
    double truth(GasTag tag) {
        return plant.trueValue(tag.ordinal());
    }

    double viewed(GasTag tag) {
        return plant.view().value(tag.ordinal());
    }

    void write(GasTag tag, double value) {
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

    void advance(Duration d) {
        simulation.advance(d);
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

    /** The Stuxnet move: the drive frequency taken out of pressure control and written directly. */
    void driveInManualAt(double hertz) {
        write(GasTag.K101_PIC201_AUTO, 0);
        write(GasTag.K101_SC101, hertz);
    }
}
