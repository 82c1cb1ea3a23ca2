package org.icsdrill.evidence.trainees;

import java.util.List;
import java.util.Optional;
import org.icsdrill.evidence.record.LimitExcursion;
import org.icsdrill.evidence.record.StatusChange;

/**
 * What happened to one plant.
 *
 * @param trips               times the trip latch went from off to on
 * @param damage              the first change to damaged, with the consequence model's description
 * @param secondsOutOfLimits  plant-seconds in which any tag's true value was at or beyond its
 *                            high-high or low-low alarm limit
 * @param excursions          those tags, most seconds first
 */
public record PlantOutcome(String plant, int trips, Optional<StatusChange> damage, long secondsOutOfLimits,
                           List<LimitExcursion> excursions) {

    public PlantOutcome {
        excursions = List.copyOf(excursions);
    }
}
