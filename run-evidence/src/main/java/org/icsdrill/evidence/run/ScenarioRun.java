package org.icsdrill.evidence.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.output.Compression;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.evidence.record.BuildVersion;
import org.icsdrill.evidence.record.ExerciseRecord;
import org.icsdrill.evidence.truth.EventLog;
import org.icsdrill.evidence.truth.Historian;
import org.icsdrill.evidence.truth.ImpactTracker;
import org.icsdrill.evidence.truth.LabelWriter;
import org.icsdrill.scenario.engine.EffectLibrary;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.engine.ScenarioEngine;
import org.icsdrill.scenario.exercise.ScenarioExercise;
import org.icsdrill.scenario.hosts.BaselineTraffic;
import org.icsdrill.scenario.model.Scenario;

/**
 * A scenario attached to a running simulation with everything a vendor's run writes: the engine,
 * the simulated SCADA and engineering hosts, and the ground truth in the output folder
 * ({@code labels.csv}, {@code attacks.jsonl}, {@code events.jsonl}, {@code historian.csv}) and the
 * exercise record ({@code record.sqlite}, docs/record.md). Attach before the simulation starts;
 * close after it has stopped.
 */
public final class ScenarioRun implements AutoCloseable {

    public static final String LABELS = "labels.csv";
    public static final String ATTACKS = "attacks.jsonl";
    public static final String EVENTS = "events.jsonl";
    public static final String HISTORIAN = "historian.csv";
    public static final String JOURNAL = "transactions.jsonl";

    private final Simulation simulation;
    private final ScenarioEngine engine;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private ExerciseRecord record;

    private ScenarioRun(Simulation simulation, ScenarioEngine engine) {
        this.simulation = simulation;
        this.engine = engine;
    }

    /**
     * @param withHosts whether the SCADA poller and the engineering workstation run (the normal
     *                  baseline traffic); off only for tests that want silence on the wire
     */
    public static ScenarioRun attach(Scenario scenario, LiveEffectContext context, EffectLibrary library,
                                     Path outputDirectory, boolean withHosts) {
        return attach(scenario, context, library, outputDirectory, withHosts, Compression.NONE);
    }

    /** The same, the historian and the labels written {@code compression}-compressed (ADR 23). */
    public static ScenarioRun attach(Scenario scenario, LiveEffectContext context, EffectLibrary library,
                                     Path outputDirectory, boolean withHosts, Compression compression) {
        Simulation simulation = context.simulation();
        ScenarioEngine engine = new ScenarioEngine(scenario, context, library);
        ScenarioRun run = new ScenarioRun(simulation, engine);
        ImpactTracker impacts = new ImpactTracker(context.couplings());
        engine.addListener(impacts); // before the labels and the record, which read it
        LabelWriter labels = new LabelWriter(simulation, outputDirectory.resolve(compression.fileName(LABELS)),
                impacts);
        EventLog events = new EventLog(context, outputDirectory.resolve(ATTACKS), outputDirectory.resolve(EVENTS),
                scenario.attribution());
        Historian historian = new Historian(simulation, outputDirectory.resolve(compression.fileName(HISTORIAN)));
        engine.addListener(labels);
        engine.addListener(events);
        run.closeables.add(labels);
        run.closeables.add(events);
        run.closeables.add(historian);
        simulation.addListener(engine);
        simulation.addListener(historian);
        if (!"off".equals(System.getProperty("icsdrill.record"))) { // off: only to measure what it costs
            String version = BuildVersion.current();
            run.record = ExerciseRecord.open(outputDirectory.resolve(ExerciseRecord.FILE), simulation, scenario,
                    context.host("attacker").getHostAddress(), version).attach(engine);
            run.record.recordImpacts(impacts);
            run.closeables.add(run.record); // last: after the engine's end events
            if (compression != Compression.NONE) { // the long runs' record holds no copy of the bulky files (ADR 23)
                run.record.leaveBulkToFiles(compression.fileName(HISTORIAN), compression.fileName(JOURNAL));
            }
        }
        if (withHosts) {
            run.closeables.add(0, BaselineTraffic.attach(simulation, context.hosts(), context.endpoints(),
                    context.policy(), scenario.seed()));
        }
        return run;
    }

    public ScenarioEngine engine() {
        return engine;
    }

    /** The exercise record, or null when switched off with {@code -Dicsdrill.record=off}. */
    public ExerciseRecord record() {
        return record;
    }

    /** Records the endpoints' transactions in the exercise record too; returns this run. */
    public ScenarioRun recordJournal(TransactionJournal journal) {
        if (record != null) {
            record.recordJournal(journal);
        }
        return this;
    }

    /**
     * Lets the consoles drive this run through {@code exercise}: cards, ground truth, the instructor's
     * injects, and trainees' actions into the record, and on a site its hosts' event logs. Returns this run.
     *
     * @param pauseAtCheckpoints whether a checkpoint pauses the drill (people at consoles) or not (headless)
     */
    public ScenarioRun withExercise(Exercise exercise, boolean pauseAtCheckpoints) {
        ScenarioExercise.attach(engine, exercise, record, pauseAtCheckpoints);
        if (record != null) {
            exercise.site().ifPresent(site -> record.recordHostEvents(site.events()));
        }
        return this;
    }

    /** Ends the scenario (stopping running effects) and closes every file; the simulation must be stopped. */
    @Override
    public void close() {
        engine.end(simulation.plantTimeSeconds());
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the scenario run failed: " + e.getMessage(), e);
            }
        }
    }
}
