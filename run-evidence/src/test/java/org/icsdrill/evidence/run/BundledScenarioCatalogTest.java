package org.icsdrill.evidence.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.exercise.Actor;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.evidence.run.ScenarioRun;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instructor chooses the scenario on the desk when the simulator was started without one. */
class BundledScenarioCatalogTest {

    private static final Actor INSTRUCTOR = new Actor("ines", "127.0.0.1");

    @TempDir
    Path out;

    Simulation simulation;
    Exercise exercise;
    final List<ScenarioRun> started = new ArrayList<>();

    @BeforeEach
    void start() {
        simulation = new Simulation(new SimulationConfig(SimulationConfig.DEFAULT_TICK, Speed.MAX, 4,
                Instant.parse("2026-01-15T09:00:00Z")), List.of(Plants.create("chemical")));
        SourcePolicy policy = new SourcePolicy();
        exercise = new Exercise(simulation, new SimulationDriver(simulation, Speed.MAX), policy,
                TransactionJournal.inMemory(10));
        var context = new LiveEffectContext(simulation, policy, List.of(), HostAddresses.defaults());
        exercise.offer(new BundledScenarioCatalog(context, exercise, s -> out.resolve(s.id()), started::add));
    }

    @AfterEach
    void stop() {
        started.forEach(ScenarioRun::close);
        exercise.close();
    }

    @Test
    void onlyScenariosForTheRunningPlantsAreOffered() {
        assertThat(exercise.deskState().choosable()).contains("chemical-oldsmar", "chemical-triton")
                .doesNotContain("gas-stuxnet", "four-plants-day");
    }

    @Test
    void aChosenScenarioIsPlayedFromPlantTimeZeroWithItsGroundTruth() {
        exercise.chooseScenario(INSTRUCTOR, "chemical-oldsmar");

        assertThat(started).hasSize(1);
        assertThat(exercise.deskState().scenarioId()).isEqualTo("chemical-oldsmar");
        assertThat(exercise.deskState().choosable()).as("chosen once").isEmpty();
        assertThat(out.resolve("chemical-oldsmar").resolve(ScenarioRun.LABELS)).exists();
        assertThatThrownBy(() -> exercise.chooseScenario(INSTRUCTOR, "chemical-triton"))
                .hasMessageContaining("only before the drill starts");
    }

    @Test
    void noScenarioCanBeChosenOncePlantTimeHasMoved() {
        simulation.step();

        assertThat(exercise.deskState().choosable()).isEmpty();
        assertThatThrownBy(() -> exercise.chooseScenario(INSTRUCTOR, "chemical-oldsmar"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
