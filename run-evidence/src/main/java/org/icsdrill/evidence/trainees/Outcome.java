package org.icsdrill.evidence.trainees;

import java.util.List;
import org.icsdrill.scenario.model.Expectations;

/**
 * The plants' outcome and the scenario's limits on it.
 *
 * @param statusRecorded false for a record of format 1, which kept no trips or damage
 */
public record Outcome(List<PlantOutcome> plants, Expectations.Limits limits, boolean statusRecorded) {

    public Outcome {
        plants = List.copyOf(plants);
    }

    public boolean damaged() {
        return plants.stream().anyMatch(p -> p.damage().isPresent());
    }

    public int trips() {
        return plants.stream().mapToInt(PlantOutcome::trips).sum();
    }

    public double minutesOutOfLimits() {
        return plants.stream().mapToLong(PlantOutcome::secondsOutOfLimits).sum() / 60.0;
    }

    /** The scenario's no_damage limit is kept (true when the scenario does not ask). */
    public boolean noDamageKept() {
        return !limits.noDamage() || !damaged();
    }

    /** The scenario's no_trip limit is kept (true when the scenario does not ask). */
    public boolean noTripKept() {
        return !limits.noTrip() || trips() == 0;
    }
}
