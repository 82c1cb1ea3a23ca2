package org.icsdrill.evidence.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.core.alarm.AlarmEvent;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.evidence.truth.EventLog;
import org.icsdrill.evidence.truth.Historian;
import org.icsdrill.scenario.engine.RunningEffect;
import org.icsdrill.scenario.engine.ScenarioEngine;
import org.icsdrill.scenario.engine.ScenarioEvent;
import org.icsdrill.scenario.engine.ScenarioListener;
import org.icsdrill.scenario.exercise.TraineeLog;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.Expectations;
import org.icsdrill.scenario.model.Hosts;
import org.icsdrill.scenario.model.Scenario;

/**
 * The exercise record: one SQLite file per exercise holding what happened (the transaction journal,
 * the historian, alarms and acknowledgements, scenario events and attacks, plant trips and damage),
 * the scenario's texts and expectations, what the trainees did (declarations, response actions,
 * inject answers) and the instructor's notes, so that the after-action report and the exports need
 * nothing else. docs/record.md documents the tables.
 *
 * <p>Why this shape: listeners on the simulation and endpoint threads only enqueue small rows; one
 * writer thread inserts them in transactions, committing at least every 200 ms, so the simulation
 * never waits on the disk and a {@code kill -9} loses at most the last fraction of a second. The
 * database runs in WAL mode with {@code synchronous=NORMAL}: a commit is then a write to the WAL
 * file without fsync, which survives the death of the process (the data is in the operating
 * system's cache) and loses at most the last commits on a power cut; the file is never corrupt.
 */
public final class ExerciseRecord implements TickListener, ScenarioListener, TraineeLog, AutoCloseable {

    /** The record's file name in a run's output folder. */
    public static final String FILE = "record.sqlite";
    /** Rows that may wait for the writer; sized so that four plants at --speed max drop nothing (docs/performance.md). */
    public static final int DEFAULT_QUEUE_CAPACITY = 1 << 18;

    private final Path file;
    private final Simulation simulation;
    private final Connection connection;
    private final RecordWriter writer;
    private final List<PlantRuntime> plants;
    private final String[] historianSql;
    private final Hosts hosts;
    private final Consumer<Transaction> journalListener = this::onTransaction;
    private final List<TransactionJournal> journals = new ArrayList<>();
    private final PlantStatusTracker status;
    private volatile double lastSecond = -1;
    private volatile boolean closed;

    private ExerciseRecord(Path file, Simulation simulation, Connection connection, int capacity,
                           Hosts hosts) {
        this.file = file;
        this.simulation = simulation;
        this.connection = connection;
        this.plants = simulation.plants();
        this.hosts = hosts;
        this.historianSql = new String[plants.size()];
        for (int i = 0; i < plants.size(); i++) {
            historianSql[i] = RecordSchema.historianInsert(plants.get(i).id(), plants.get(i).catalog());
        }
        this.writer = new RecordWriter(connection, capacity, file.getFileName().toString());
        this.status = new PlantStatusTracker(plants);
    }

    /**
     * Creates (or reopens) the record {@code file}, writes its schema and {@code meta}, and starts
     * recording the historian and the plants' alarms: attach it before the simulation starts.
     *
     * @param scenario        the scenario played, or null for a free run
     * @param attackerAddress the attacker host's address, for the attack table's {@code source_host}
     * @param version         the simulator's version, for {@code meta}
     */
    public static ExerciseRecord open(Path file, Simulation simulation, Scenario scenario, String attackerAddress,
                                      String version) {
        return open(file, simulation, scenario, attackerAddress, version, DEFAULT_QUEUE_CAPACITY);
    }

    static ExerciseRecord open(Path file, Simulation simulation, Scenario scenario, String attackerAddress,
                               String version, int queueCapacity) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=NORMAL");
                for (String ddl : RecordSchema.fixedTables()) {
                    statement.execute(ddl);
                }
                for (PlantRuntime plant : simulation.plants()) {
                    statement.execute(RecordSchema.historianDdl(plant.id(), plant.catalog()));
                }
            }
            connection.setAutoCommit(false);
            writeMeta(connection, simulation, scenario, version);
            writeTags(connection, simulation);
            if (scenario != null) {
                writeExpectations(connection, scenario.expectations());
            }
            connection.commit();
        } catch (SQLException e) {
            throw new RecordException("cannot open the exercise record " + file + ": " + e.getMessage(), e);
        }
        ExerciseRecord record = new ExerciseRecord(file, simulation, connection, queueCapacity,
                (scenario == null ? Hosts.DEFAULT : scenario.hosts()).with("attacker", attackerAddress));
        simulation.addListener(record);
        for (PlantRuntime plant : simulation.plants()) {
            plant.onAlarm(record::onAlarm);
        }
        return record;
    }

    private static void writeMeta(Connection connection, Simulation simulation, Scenario scenario, String version)
            throws SQLException {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format_version", Integer.toString(RecordSchema.FORMAT_VERSION));
        meta.put("icsdrill_version", version);
        meta.put("scenario_id", scenario == null ? "" : scenario.id());
        meta.put("scenario_title", scenario == null ? "" : scenario.title());
        meta.put("scenario_description", scenario == null ? "" : scenario.description());
        meta.put("briefing", scenario == null ? "" : scenario.briefing());
        meta.put("instructor_notes", scenario == null ? "" : scenario.instructorNotes());
        meta.put("duration_seconds", scenario == null ? "" : Long.toString(scenario.duration().toSeconds()));
        Expectations.Limits limits = scenario == null ? Expectations.Limits.NONE : scenario.expectations().limits();
        meta.put("limit_no_damage", Boolean.toString(limits.noDamage()));
        meta.put("limit_no_trip", Boolean.toString(limits.noTrip()));
        meta.put("seed", Long.toString(simulation.config().seed()));
        meta.put("start_time", simulation.plantInstant(0).toString());
        meta.put("tick_seconds", Double.toString(simulation.tickSeconds()));
        meta.put("speed", simulation.config().speed().toString());
        meta.put("plants", String.join(",", simulation.plantIds()));
        meta.put("opened_at", Instant.now().toString());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> entry : meta.entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setString(2, entry.getValue());
                insert.executeUpdate();
            }
        }
    }

    private static void writeTags(Connection connection, Simulation simulation) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO tag VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PlantRuntime plant : simulation.plants()) {
                for (TagDef tag : plant.catalog().all()) {
                    insert.setString(1, plant.id());
                    insert.setString(2, tag.name());
                    insert.setString(3, tag.unit().symbol());
                    insert.setString(4, tag.description());
                    insert.setDouble(5, tag.range().min());
                    insert.setDouble(6, tag.range().max());
                    insert.setString(7, tag.access().name().toLowerCase(Locale.ROOT));
                    insert.setInt(8, tag.field() ? 1 : 0);
                    AlarmLimits alarms = tag.alarms();
                    double[] limits = {alarms.highHigh(), alarms.high(), alarms.low(), alarms.lowLow()};
                    for (int i = 0; i < limits.length; i++) {
                        if (Double.isNaN(limits[i])) {
                            insert.setNull(9 + i, Types.REAL);
                        } else {
                            insert.setDouble(9 + i, limits[i]);
                        }
                    }
                    insert.executeUpdate();
                }
            }
        }
    }

    /** The scenario's detect and respond expectations, one row each; the limits are in {@code meta}. */
    private static void writeExpectations(Connection connection, Expectations expectations) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO expectation (type, attack,"
                + " within_seconds, technique, actions) VALUES (?, ?, ?, ?, ?)")) {
            for (Expectations.Detect detect : expectations.detect()) {
                insert.setString(1, "detect");
                insert.setString(2, detect.attack());
                insert.setDouble(3, detect.within().toMillis() / 1000.0);
                insert.setInt(4, detect.technique() ? 1 : 0);
                insert.setNull(5, Types.VARCHAR);
                insert.executeUpdate();
            }
            for (Expectations.Respond respond : expectations.respond()) {
                insert.setString(1, "respond");
                insert.setString(2, respond.attack());
                insert.setDouble(3, respond.within().toMillis() / 1000.0);
                insert.setNull(4, Types.INTEGER);
                insert.setString(5, String.join(",", respond.actions().stream()
                        .map(a -> a.actionName() + ":" + a.target()).toList()));
                insert.executeUpdate();
            }
        }
    }

    /** A response action as the record writes it: {@code isolate_host}, as in scenario files. */
    static String actionName(ResponseAction action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

    /** A host's address from its name in the scenario ({@code attacker}), or the literal address given. */
    private String address(String host) {
        return hosts.address(host).orElse(host);
    }

    public Path file() {
        return file;
    }

    /**
     * The version of the build, from the pom.properties Maven puts in the jar (kept by the shaded
     * jar); "development" when run from classes.
     */
    public static String buildVersion() {
        try (var in = ExerciseRecord.class.getResourceAsStream(
                "/META-INF/maven/org.icsdrill/scenario-scripts/pom.properties")) {
            if (in != null) {
                java.util.Properties properties = new java.util.Properties();
                properties.load(in);
                return properties.getProperty("version", "development");
            }
        } catch (IOException e) {
            // fall through
        }
        return "development";
    }

    /** Records the scenario's events and attacks as the engine plays them. */
    public ExerciseRecord attach(ScenarioEngine engine) {
        engine.addListener(this);
        return this;
    }

    /** Records every transaction the endpoints serve from now on (endpoint threads only enqueue). */
    public ExerciseRecord recordJournal(TransactionJournal journal) {
        journal.subscribe(journalListener);
        synchronized (journals) {
            journals.add(journal);
        }
        return this;
    }

    // ---- what happened -------------------------------------------------------------------------

    /** The historian: at whole plant seconds, before the tick, as {@code Historian} samples. */
    @Override
    public void beforeTick(Simulation sim, long tick, double plantTimeSeconds) {
        status.check(plantTimeSeconds, writer::offer);
        if (!sim.isWholeSecond(tick)) {
            return;
        }
        long second = Math.round(plantTimeSeconds);
        for (int p = 0; p < plants.size(); p++) {
            writer.offer(new HistorianRow(historianSql[p], second, Historian.viewAndTrue(plants.get(p))));
        }
        lastSecond = plantTimeSeconds;
    }

    private void onTransaction(Transaction transaction) {
        writer.offer(new TransactionRow(transaction));
    }

    private void onAlarm(AlarmEvent event) {
        if (closed) {
            return; // PlantRuntime has no way to unsubscribe
        }
        writer.offer(new AlarmRow(event));
    }

    @Override
    public void onEvent(ScenarioEvent event, RunningEffect effect) {
        String kind = null;
        String technique = null;
        String text = null;
        Action action = event.action();
        if (action instanceof Action.Inject inject) {
            text = inject.text();
        } else if (action instanceof Action.Checkpoint checkpoint) {
            text = checkpoint.text();
        } else if (action instanceof Action.AttackStart attack) {
            kind = attack.kind().yamlName();
            technique = attack.technique().id();
        } else if (action instanceof Action.Fault fault) {
            kind = fault.kind().yamlName();
        }
        writer.offer(new RecordWriter.Insert("INSERT INTO event (plant_time, type, step_id, kind, technique, text)"
                + " VALUES (?, ?, ?, ?, ?, ?)", event.plantTimeSeconds(), event.type().name().toLowerCase(Locale.ROOT),
                event.stepId().orElse(null), kind, technique, text));
        if (effect != null && effect.action() instanceof Action.AttackStart attack) {
            if (event.type() == ScenarioEvent.Type.ATTACK_STARTED) {
                writer.offer(new RecordWriter.Insert("INSERT OR REPLACE INTO attack (id, kind, technique,"
                        + " technique_name, layer, start_time, end_time, source_host, plants, targets, parameters,"
                        + " delivery) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)", effect.id(), attack.kind().yamlName(),
                        attack.technique().id(),
                        attack.technique().name(), attack.kind().layer().name().toLowerCase(Locale.ROOT),
                        effect.startedAt(), EventLog.sourceHost(attack, this::address), String.join(",", effect.plants()),
                        String.join(",", attack.parameters().allTags().stream().map(t -> t.qualifiedName()).toList()),
                        EventLog.parametersJson(attack.parameters()).toString(), attack.kind().delivery().jsonName()));
            } else if (event.type() == ScenarioEvent.Type.ATTACK_STOPPED) {
                writer.offer(new RecordWriter.Insert("UPDATE attack SET end_time = ? WHERE id = ?",
                        event.plantTimeSeconds(), effect.id()));
            }
        }
    }

    @Override
    public void onSecond(double plantTimeSeconds, Collection<RunningEffect> running) {
        // the historian samples in beforeTick; labels are derived from the attack table's windows
    }

    // ---- what the trainees did (the console fills these) ------------------------------------------

    /** A trainee declares an incident: which plant, which attack or technique they believe is under way. */
    @Override
    public void declare(double plantTimeSeconds, String trainee, String plant, String attackId, String technique,
                        String text) {
        writer.offer(trainee("INSERT INTO declaration (plant_time, wall_time, trainee, plant, attack_id,"
                + " technique, text) VALUES (?, ?, ?, ?, ?, ?, ?)", plantTimeSeconds, trainee, plant, attackId,
                technique, text));
    }

    /** A trainee took a response action (isolate a host, restore the program...) on a target. */
    @Override
    public void action(double plantTimeSeconds, String trainee, ResponseAction action, String target, String detail) {
        writer.offer(trainee("INSERT INTO response_action (plant_time, wall_time, trainee, action, target,"
                + " detail) VALUES (?, ?, ?, ?, ?, ?)", plantTimeSeconds, trainee, actionName(action), target,
                detail));
    }

    /** A trainee's answer to one question of an inject card ({@code questionIndex} from 0). */
    @Override
    public void injectAnswer(double plantTimeSeconds, String trainee, String injectId, int questionIndex,
                             String question, String answer) {
        writer.offer(trainee("INSERT INTO inject_answer (plant_time, wall_time, trainee, inject,"
                + " question_index, question, answer) VALUES (?, ?, ?, ?, ?, ?, ?)", plantTimeSeconds, trainee,
                injectId, questionIndex, question, answer));
    }

    // ---- the instructor ------------------------------------------------------------------------

    /** An instructor's note during the exercise, for the after-action report. */
    @Override
    public void note(double plantTimeSeconds, String author, String text) {
        writer.offer(trainee("INSERT INTO instructor_note (plant_time, wall_time, author, text)"
                + " VALUES (?, ?, ?, ?)", plantTimeSeconds, author, text));
    }

    /**
     * The exercise's language ({@code en}, {@code ja}), as the console was set: the report's default
     * language. Stored in {@code meta.language}.
     */
    public void language(String language) {
        writer.offer(new RecordWriter.Insert("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", "language",
                language));
    }

    // ---- health --------------------------------------------------------------------------------

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
        return lastSecond;
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
        simulation.removeListener(this);
        synchronized (journals) {
            journals.forEach(j -> j.unsubscribe(journalListener));
        }
        try {
            writer.close();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
                String[][] entries = {
                        // a run without a fixed start time is anchored when stepping starts, after open
                        {"start_time", simulation.plantInstant(0).toString()},
                        {"end_plant_time", Double.toString(simulation.plantTimeSeconds())},
                        {"closed_at", Instant.now().toString()},
                        {"dropped_rows", Long.toString(writer.dropped())},
                        {"written_rows", Long.toString(writer.written())},
                        {"queue_high_water", Integer.toString(writer.highWater())},
                        {"commits", Long.toString(writer.commits())}};
                for (String[] entry : entries) {
                    insert.setString(1, entry[0]);
                    insert.setString(2, entry[1]);
                    insert.executeUpdate();
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String index : RecordSchema.closingIndexes()) {
                    statement.execute(index);
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            throw new RecordException("closing the exercise record " + file + " failed: " + e.getMessage(), e);
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // already failing or closed
            }
        }
    }

    // ---- rows ----------------------------------------------------------------------------------

    private record HistorianRow(String sql, long second, double[] values) implements RecordWriter.Row {
        @Override
        public void bind(PreparedStatement s) throws SQLException {
            s.setLong(1, second);
            for (int i = 0; i < values.length; i++) {
                double v = values[i];
                if (Double.isNaN(v)) {
                    s.setNull(i + 2, Types.REAL);
                } else {
                    s.setDouble(i + 2, v);
                }
            }
        }
    }

    private record TransactionRow(Transaction t) implements RecordWriter.Row {
        @Override
        public String sql() {
            return "INSERT INTO txn (plant_time, wall_time, plant, source, protocol, function, address, data, result)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        }

        @Override
        public void bind(PreparedStatement s) throws SQLException {
            s.setDouble(1, t.plantTimeSeconds());
            s.setString(2, t.wallTime().toString());
            s.setString(3, t.plant());
            s.setString(4, t.source());
            s.setString(5, t.protocol());
            s.setString(6, t.function());
            s.setString(7, t.address());
            s.setString(8, t.values());
            s.setString(9, t.result());
        }
    }

    private record AlarmRow(AlarmEvent e) implements RecordWriter.Row {
        @Override
        public String sql() {
            return "INSERT INTO alarm (plant_time, plant, tag, type, level, priority, value, message, user)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        }

        @Override
        public void bind(PreparedStatement s) throws SQLException {
            s.setDouble(1, e.plantTimeSeconds());
            s.setString(2, e.alarm().plant());
            s.setString(3, e.alarm().tag());
            s.setString(4, e.type().name().toLowerCase(Locale.ROOT));
            s.setString(5, e.alarm().level().name().toLowerCase(Locale.ROOT));
            s.setString(6, String.valueOf(e.alarm().priority()).toLowerCase(Locale.ROOT));
            s.setDouble(7, e.alarm().value());
            s.setString(8, e.alarm().message());
            s.setString(9, e.user());
        }
    }

    /** A trainee's or instructor's row: plant time, wall time, then the given values. */
    private static RecordWriter.Insert trainee(String sql, double plantTimeSeconds, Object... values) {
        Object[] all = new Object[values.length + 2];
        all[0] = plantTimeSeconds;
        all[1] = Instant.now().toString();
        System.arraycopy(values, 0, all, 2, values.length);
        return new RecordWriter.Insert(sql, all);
    }
}
