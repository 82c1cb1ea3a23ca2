package org.icsdrill.evidence.record;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.core.sim.PlantRuntime;

/**
 * Watches each plant's trip latch and consequence model every tick and emits a {@code plant_status}
 * row when either changes (and one per plant at the first tick), so that the report can count trips
 * and say when and how a plant was damaged. Damage is not a tag in every plant (a frozen pipe in the
 * building is not), and a trip may clear between two historian samples; a change row is exact.
 * Simulation thread only.
 */
final class PlantStatusTracker {

    private final List<PlantRuntime> plants;
    private final boolean[] trip;
    private final String[] damage;
    private boolean started;

    PlantStatusTracker(List<PlantRuntime> plants) {
        this.plants = plants;
        this.trip = new boolean[plants.size()];
        this.damage = new String[plants.size()];
    }

    void check(double plantTimeSeconds, Consumer<RecordWriter.Row> out) {
        for (int p = 0; p < plants.size(); p++) {
            PlantRuntime plant = plants.get(p);
            boolean tripped = plant.memory().isOn(plant.model().tripState());
            String damaged = plant.damage().orElse(null);
            if (!started || tripped != trip[p] || !Objects.equals(damaged, damage[p])) {
                trip[p] = tripped;
                damage[p] = damaged;
                PlantStatus status = damaged != null ? PlantStatus.DAMAGED
                        : tripped ? PlantStatus.TRIPPED : PlantStatus.RUNNING;
                out.accept(new RecordWriter.Insert("INSERT INTO plant_status (plant_time, plant, status, trip, damage)"
                        + " VALUES (?, ?, ?, ?, ?)", plantTimeSeconds, plant.id(),
                        status.name().toLowerCase(Locale.ROOT), tripped ? 1 : 0, damaged));
            }
        }
        started = true;
    }
}
