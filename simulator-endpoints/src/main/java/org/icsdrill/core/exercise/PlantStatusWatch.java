package org.icsdrill.core.exercise;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;

/**
 * Puts every change of a plant's status (a trip, damage, back to running) on the exercise timeline
 * as it is published, so the desk shows trips beside the attacks and what the trainees did.
 */
final class PlantStatusWatch implements TickListener {

    /** Called on the simulation thread with the plant, its new status and the damage, if any. */
    interface Sink {
        void statusChanged(double plantTime, String plant, String status, String detail);
    }

    private final Sink sink;
    private final Map<String, PlantStatus> last = new HashMap<>();

    PlantStatusWatch(Sink sink) {
        this.sink = sink;
    }

    @Override
    public void afterTick(Simulation simulation, long tick, double plantTimeSeconds) {
        for (PlantRuntime plant : simulation.plants()) {
            PlantStatus now = plant.view().status();
            PlantStatus before = last.put(plant.id(), now);
            // the first look is the starting state, not a change
            if (before != null && before != now) {
                sink.statusChanged(plantTimeSeconds, plant.id(), now.name().toLowerCase(Locale.ROOT),
                        now == PlantStatus.DAMAGED ? plant.damage().orElse("") : "");
            }
        }
    }
}
