package org.icsdrill.evidence.record;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.scenario.engine.ScenarioEngine;
import org.icsdrill.scenario.exercise.TraineeLog;
import org.icsdrill.scenario.model.Hosts;
import org.icsdrill.scenario.model.Scenario;

/**
 * The exercise record: one SQLite file per exercise holding what happened (the transaction journal,
 * the historian, alarms and acknowledgements, scenario events and attacks, plant trips and damage),
 * the scenario's texts and expectations, what the trainees did (declarations, response actions,
 * inject answers) and the instructor's notes, so that the after-action report and the exports need
 * nothing else. docs/record.md documents the tables.
 *
 * <p>This class wires the parts to one writer and closes them in order: {@link RecordDatabase} (the
 * file, its header and its clean close), {@link PlantRecorder}, {@link JournalRecorder},
 * {@link ScenarioRecorder} and {@link TraineeRecorder} (the rows). They only enqueue rows; the one
 * {@link RecordWriter} thread inserts them, committing at least every 200 ms, so the simulation never
 * waits on the disk and a {@code kill -9} loses at most the last fraction of a second (ADR 9).
 */
public final class ExerciseRecord implements TraineeLog, AutoCloseable {

    /** The record's file name in a run's output folder. */
    public static final String FILE = "record.sqlite";
    /** Rows that may wait for the writer; sized so that four plants at --speed max drop nothing (docs/performance.md). */
    public static final int DEFAULT_QUEUE_CAPACITY = 1 << 18;

    private final Path file;
    private final Simulation simulation;
    private final RecordDatabase database;
    private final RecordWriter writer;
    private final PlantRecorder plants;
    private final JournalRecorder journals;
    private final HostEventRecorder hostEvents;
    private final ScenarioRecorder scenario;
    private final TraineeRecorder trainees;
    private volatile boolean journalsInFile;
    private boolean closed;

    private ExerciseRecord(Path file, Simulation simulation, RecordDatabase database, int capacity, Hosts hosts) {
        this.file = file;
        this.simulation = simulation;
        this.database = database;
        this.writer = new RecordWriter(database.connection(), capacity, file.getFileName().toString());
        this.plants = PlantRecorder.attach(simulation, writer);
        this.journals = new JournalRecorder(writer);
        this.hostEvents = new HostEventRecorder(writer);
        this.scenario = new ScenarioRecorder(writer, hosts);
        this.trainees = new TraineeRecorder(writer);
    }

    /**
     * Creates (or reopens) the record {@code file}, writes its schema and {@code meta}, and starts
     * recording the historian and the plants' alarms: attach it before the simulation starts.
     *
     * @param scenario        the scenario played, or null for a free run
     * @param attackerAddress the attacker host's address, for the attack table's {@code source_host}
     * @param version         the simulator's version, for {@code meta} ({@link BuildVersion#current})
     */
    public static ExerciseRecord open(Path file, Simulation simulation, Scenario scenario, String attackerAddress,
                                      String version) {
        return open(file, simulation, scenario, attackerAddress, version, DEFAULT_QUEUE_CAPACITY);
    }

    static ExerciseRecord open(Path file, Simulation simulation, Scenario scenario, String attackerAddress,
                               String version, int queueCapacity) {
        RecordDatabase database = RecordDatabase.create(file, simulation, scenario, version);
        Hosts hosts = (scenario == null ? Hosts.DEFAULT : scenario.hosts()).with("attacker", attackerAddress);
        return new ExerciseRecord(file, simulation, database, queueCapacity, hosts);
    }

    public Path file() {
        return file;
    }

    /** Records the scenario's events and attacks as the engine plays them. */
    public ExerciseRecord attach(ScenarioEngine engine) {
        engine.addListener(scenario);
        return this;
    }

    /**
     * Records each plant's impact starting and ending (docs/coupling.md) in {@code event}, as
     * {@code impact_started} and {@code impact_ended}: {@code step_id} the coupling, {@code kind} what flows
     * along it, {@code text} {@code <upstream> → <impacted plant>}; so the report's timeline shows the cascade.
     */
    public ExerciseRecord recordImpacts(org.icsdrill.evidence.truth.ImpactTracker impacts) {
        impacts.onChange(c -> writer.offer(new RecordWriter.Insert("INSERT INTO event (plant_time, type, step_id,"
                + " kind, technique, text) VALUES (?, ?, ?, ?, NULL, ?)", c.plantTimeSeconds(),
                c.started() ? "impact_started" : "impact_ended", c.cause().id(), c.cause().medium().jsonName(),
                c.cause().sourcePlant() + " → " + c.plant())));
        return this;
    }

    /** Records every transaction the endpoints serve from now on (endpoint threads only enqueue). */
    public ExerciseRecord recordJournal(TransactionJournal journal) {
        if (!journalsInFile) {
            journals.record(journal);
        }
        return this;
    }

    /**
     * Leaves the historian and the transaction journal to the run's own files ({@code historian.csv.zst},
     * {@code transactions.jsonl.zst}, named relative to the record, ADR 23): their tables stay empty and
     * {@code meta} names the files, from which {@link RecordReader} reads them. Call before the run starts.
     */
    public ExerciseRecord leaveBulkToFiles(String historianFile, String journalFile) {
        plants.leaveHistorianToFile();
        journalsInFile = true;
        writer.offer(new RecordWriter.Insert(RecordSchema.PUT_META, RecordSchema.HISTORIAN_FILE, historianFile));
        writer.offer(new RecordWriter.Insert(RecordSchema.PUT_META, RecordSchema.JOURNAL_FILE, journalFile));
        return this;
    }

    /** Records every event the site's hosts log from now on ({@code host_event}). */
    public ExerciseRecord recordHostEvents(HostEventLog log) {
        hostEvents.record(log);
        return this;
    }

    /** A trainee declares an incident: which plant or host, which attack or technique they believe is under way. */
    @Override
    public void declare(double plantTimeSeconds, String trainee, String plant, String host, String attackId,
                        String technique, String text) {
        trainees.declare(plantTimeSeconds, trainee, plant, host, attackId, technique, text);
    }

    /** A trainee took a response action (isolate a host, restore the program...) on a target. */
    @Override
    public void action(double plantTimeSeconds, String trainee, ResponseAction action, String target, String detail) {
        trainees.action(plantTimeSeconds, trainee, action, target, detail);
    }

    /** A trainee's answer to one question of an inject card ({@code questionIndex} from 0). */
    @Override
    public void injectAnswer(double plantTimeSeconds, String trainee, String injectId, int questionIndex,
                             String question, String answer) {
        trainees.injectAnswer(plantTimeSeconds, trainee, injectId, questionIndex, question, answer);
    }

    /** The trainees approved their incident report for sharing ({@code incident_report}). */
    @Override
    public void incidentReport(double plantTimeSeconds, String trainee, IncidentReport report, String language) {
        trainees.incidentReport(plantTimeSeconds, trainee, report, language);
    }

    /** An instructor's note during the exercise, for the after-action report. */
    @Override
    public void note(double plantTimeSeconds, String author, String text) {
        trainees.note(plantTimeSeconds, author, text);
    }

    /**
     * The exercise's language ({@code en}, {@code ja}), as the console was set: the report's default
     * language. Stored in {@code meta.language}.
     */
    public void language(String language) {
        writer.offer(new RecordWriter.Insert(RecordSchema.PUT_META, "language", language));
    }

    /** Rows lost because the queue was full; zero in a healthy run, and reported in meta at close. */
    public long dropped() {
        return writer.dropped();
    }

    /** Rows committed so far. */
    public long written() {
        return writer.written();
    }

    /** The most rows that waited for the writer at once. */
    public int queueHighWater() {
        return writer.highWater();
    }

    /** The last plant second the historian sampled (not necessarily committed yet); -1 before the first. */
    public double lastSampledSecond() {
        return plants.lastSampledSecond();
    }

    /**
     * Stops listening, writes what is queued, notes the clean close, the drop count and the end in
     * {@code meta}, builds the report's indexes, checkpoints the WAL into the database and closes.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        plants.detach(simulation);
        journals.stop();
        hostEvents.stop();
        try (database) {
            writer.close();
            database.finish(closingMeta());
        }
    }

    private Map<String, String> closingMeta() {
        Map<String, String> meta = new LinkedHashMap<>();
        // a run without a fixed start time is anchored when stepping starts, after open
        meta.put("start_time", simulation.plantInstant(0).toString());
        meta.put("end_plant_time", Double.toString(simulation.plantTimeSeconds()));
        meta.put("closed_at", Instant.now().toString());
        meta.put("dropped_rows", Long.toString(writer.dropped()));
        meta.put("written_rows", Long.toString(writer.written()));
        meta.put("queue_high_water", Integer.toString(writer.highWater()));
        meta.put("commits", Long.toString(writer.commits()));
        return meta;
    }
}
