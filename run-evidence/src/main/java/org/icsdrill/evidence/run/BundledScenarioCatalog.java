package org.icsdrill.evidence.run;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.exercise.ScenarioCatalog;
import org.icsdrill.evidence.run.ScenarioRun;
import org.icsdrill.scenario.bundled.BundledScenarios;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.load.LoadResult;
import org.icsdrill.scenario.model.Scenario;

/**
 * The bundled scenarios an instructor may choose on the desk: those whose plants all run. The
 * chosen one is attached at plant time 0 with its ground truth and record, joined to the exercise;
 * the run's seed and start time stay those the simulator was started with, and the simulated SCADA
 * and engineering hosts already running are its hosts.
 */
public final class BundledScenarioCatalog implements ScenarioCatalog {

    private final LiveEffectContext context;
    private final Exercise exercise;
    private final Function<Scenario, Path> outputFor;
    private final Consumer<ScenarioRun> started;
    private final List<String> fitting;

    /**
     * @param outputFor where a chosen scenario's ground truth and record go
     * @param started   told of the attached run (to close it at the end, feed it the journal, stop at its duration)
     */
    public BundledScenarioCatalog(LiveEffectContext context, Exercise exercise, Function<Scenario, Path> outputFor,
                                  Consumer<ScenarioRun> started) {
        this.context = context;
        this.exercise = exercise;
        this.outputFor = outputFor;
        this.started = started;
        this.fitting = BundledScenarios.names().stream()
                .filter(name -> BundledScenarios.load(name).map(LoadResult::scenario)
                        .filter(s -> context.plants().containsAll(s.plants())).isPresent())
                .toList();
    }

    @Override
    public List<String> available() {
        return fitting;
    }

    @Override
    public void start(String scenarioId) {
        Scenario scenario = BundledScenarios.load(scenarioId).map(LoadResult::scenario)
                .filter(s -> fitting.contains(scenarioId))
                .orElseThrow(() -> new IllegalArgumentException("no bundled scenario '" + scenarioId
                        + "' for the running plants " + context.plants()));
        ScenarioRun run = ScenarioRun.attach(scenario, context, StandardEffects.INSTANCE, outputFor.apply(scenario), false)
                .withExercise(exercise, true);
        started.accept(run);
    }
}
