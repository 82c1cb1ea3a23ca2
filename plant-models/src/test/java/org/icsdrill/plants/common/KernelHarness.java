package org.icsdrill.plants.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.WriteResult;
import org.icsdrill.core.tag.TagKey;

/** Any plant in the real kernel (100 ms ticks), with short helpers for the tests. */
public class KernelHarness {

    public final Simulation simulation;
    public final PlantRuntime plant;

    public KernelHarness(PlantModel model, long seed) {
        this(model, SimulationConfig.defaults(seed));
    }

    /** On the calendar of {@code config} (its start time and zone). */
    public KernelHarness(PlantModel model, SimulationConfig config) {
        simulation = new Simulation(config, List.of(model));
        plant = simulation.plant(model.id());
    }

    /** The true physical value (field tags) or the controller's value (the rest). */
    public double truth(TagKey tag) {
        return plant.trueValue(tag.ordinal());
    }

    public double viewed(TagKey tag) {
        return plant.view().value(tag.ordinal());
    }

    public void write(TagKey tag, double value) {
        assertThat(plant.submit(tag.ordinal(), value, "test")).as("write %s", tag.def().name())
                .isEqualTo(WriteResult.ACCEPTED);
    }

    public PlantStatus status() {
        return plant.view().status();
    }

    public double time() {
        return simulation.plantTimeSeconds();
    }

    public void step() {
        simulation.step();
    }

    public void advance(Duration plantTime) {
        simulation.advance(plantTime);
    }

    /** Bypasses the safety system (ATT&CK for ICS T0880 style): its program does nothing. */
    public void bypassSafety() {
        plant.replaceSafetyProgram(new ControlProgram() {
            @Override
            public String name() {
                return "safety bypassed";
            }

            @Override
            public void scan(ControllerMemory memory, double dtSeconds) {
            }
        });
    }
}
