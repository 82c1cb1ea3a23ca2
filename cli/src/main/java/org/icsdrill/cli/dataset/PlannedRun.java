package org.icsdrill.cli.dataset;

import java.time.Duration;
import java.util.Objects;
import org.icsdrill.evidence.dataset.DatasetRun;

/** A run a dataset asks for: a scenario (bundled name or file), its id, a seed and its plant duration. */
public record PlannedRun(String scenario, String scenarioId, long seed, Duration duration) {

    public PlannedRun {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(duration, "duration");
    }

    /** Its directory within the dataset. */
    public String directory() {
        return DatasetRun.directoryOf(scenarioId, seed);
    }

    public double seconds() {
        return duration.toNanos() / 1e9;
    }

    @Override
    public String toString() {
        return scenarioId + " seed " + seed;
    }
}
