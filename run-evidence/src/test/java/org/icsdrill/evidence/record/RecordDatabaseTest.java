package org.icsdrill.evidence.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.plants.Plants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record's file on its own: a free run's header (no scenario) and a clean close. */
class RecordDatabaseTest {

    @Test
    void aFreeRunHasAnEmptyScenarioEveryTagAndNoExpectations(@TempDir Path dir) {
        Simulation simulation = new Simulation(new SimulationConfig(SimulationConfig.DEFAULT_TICK, Speed.MAX, 5,
                Instant.parse("2026-03-01T00:00:00Z")), List.of(Plants.create("chemical")));
        Path file = dir.resolve("nested").resolve(ExerciseRecord.FILE);
        try (RecordDatabase database = RecordDatabase.create(file, simulation, null, "test")) {
            database.finish(Map.of("closed_at", "now"));
        }
        try (RecordReader record = RecordReader.open(file)) {
            assertThat(record.meta()).containsEntry("scenario_id", "").containsEntry("duration_seconds", "")
                    .containsEntry("limit_no_trip", "false").containsEntry("seed", "5")
                    .containsEntry("start_time", "2026-03-01T00:00:00Z").containsEntry("icsdrill_version", "test");
            assertThat(record.closedCleanly()).isTrue();
            assertThat(record.tags("chemical")).hasSize(simulation.plant("chemical").catalog().size());
            assertThat(record.tagInfo("chemical")).filteredOn(t -> t.name().equals("R1.TIC101.SP")).singleElement()
                    .satisfies(t -> assertThat(t.highHigh()).isNaN());
            assertThat(record.expectations().detect()).isEmpty();
            assertThat(record.count("expectation")).isZero();
            assertThat(record.historianRange("chemical")).isEmpty();
        }
    }
}
