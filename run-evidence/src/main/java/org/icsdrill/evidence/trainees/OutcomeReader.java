package org.icsdrill.evidence.trainees;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.record.StatusChange;
import org.icsdrill.scenario.model.Expectations;

/**
 * The plants' outcome from a record: trips and damage from {@code plant_status}, time out of limits
 * from the historian's true values against the {@code tag} table's high-high and low-low limits.
 */
public final class OutcomeReader {

    private OutcomeReader() {
    }

    public static Outcome read(RecordReader record, Expectations.Limits limits) {
        List<StatusChange> changes = record.statusChanges();
        List<PlantOutcome> plants = new ArrayList<>();
        for (String plant : record.plants()) {
            List<StatusChange> own = changes.stream().filter(c -> c.plant().equals(plant)).toList();
            plants.add(new PlantOutcome(plant, trips(own), damage(own), record.secondsOutOfLimits(plant),
                    record.limitExcursions(plant)));
        }
        return new Outcome(plants, limits, record.hasTable("plant_status"));
    }

    /** Rising edges of the trip latch; the first row is the state at the start, not a trip. */
    static int trips(List<StatusChange> changes) {
        int trips = 0;
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i).trip() && !changes.get(i - 1).trip()) {
                trips++;
            }
        }
        return trips;
    }

    /** The first change of a plant to damaged. */
    static Optional<StatusChange> damage(List<StatusChange> changes) {
        return changes.stream().filter(c -> c.damage().isPresent()).findFirst();
    }
}
