package org.icsdrill.evidence.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.load.ScenarioLoader;
import org.icsdrill.scenario.model.Scenario;

/**
 * A scenario on the chemical plant driven as the consoles drive it, without a network: the
 * simulation (stepped by the test), a driver that is never started, the exercise and the run.
 */
record ExerciseRig(Simulation simulation, SimulationDriver driver, Exercise exercise, ScenarioRun run)
        implements AutoCloseable {

    static ExerciseRig start(String yaml, Path out, boolean pauseAtCheckpoints) {
        Scenario scenario = ScenarioLoader.load("rig.yaml", yaml).scenario();
        Simulation simulation = new Simulation(new SimulationConfig(SimulationConfig.DEFAULT_TICK, Speed.MAX,
                scenario.seed(), Instant.parse("2026-01-15T09:00:00Z")), List.of(Plants.create("chemical")));
        SimulationDriver driver = new SimulationDriver(simulation, Speed.MAX); // not started: the test steps
        SourcePolicy policy = new SourcePolicy();
        Exercise exercise = new Exercise(simulation, driver, policy, TransactionJournal.inMemory(100));
        var context = new LiveEffectContext(simulation, policy, List.of(), HostAddresses.defaults());
        ScenarioRun run = ScenarioRun.attach(scenario, context, StandardEffects.INSTANCE, out, false)
                .withExercise(exercise, pauseAtCheckpoints);
        return new ExerciseRig(simulation, driver, exercise, run);
    }

    @Override
    public void close() {
        run.close();
        exercise.close();
    }
}
