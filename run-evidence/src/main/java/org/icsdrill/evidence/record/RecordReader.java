package org.icsdrill.evidence.record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icsdrill.api.HostEvent;
import org.icsdrill.api.Technique;
import org.icsdrill.api.Techniques;
import org.icsdrill.scenario.engine.StageRoute;
import org.icsdrill.scenario.model.Expectations;
import org.sqlite.SQLiteConfig;

/**
 * Reads an exercise record, finished or cut short by a crash, for the after-action report and the
 * exports. Opens the file read-only; a record whose writer was killed opens as it was at its last
 * commit (SQLite replays the WAL).
 *
 * <p>One entry point over one connection; each kind of content has its reader: {@link MetaReader},
 * {@link TagReader}, {@link TimelineReader} (attacks, events), {@link ExpectationReader},
 * {@link AlarmReader}, {@link TransactionReader}, {@link TraineeReader}, {@link HistorianReader} and
 * {@link ConsequenceReader} (trips, damage, time out of limits).
 */
public final class RecordReader implements AutoCloseable {

    /**
     * An attack as the record holds it; {@code end} is empty while it ran when the record stopped. A kill
     * chain's stage is one of kind {@code stage}: its source host the one it ran on, its targets the hosts it
     * reached.
     */
    public record Attack(String id, String kind, String technique, String techniqueName, String layer, double start,
                         OptionalDouble end, String sourceHost, List<String> plants, List<String> targets,
                         String parametersJson) {

        /** Whether plant second {@code t} is labelled with this attack: {@code [start, end)}. */
        public boolean covers(double t) {
            return t >= start && (end.isEmpty() || t < end.getAsDouble());
        }
    }

    /** A scenario event: inject, checkpoint, attack or fault started or stopped, failure, end. */
    public record Event(double plantTime, String type, Optional<String> stepId, Optional<String> kind,
                        Optional<String> technique, Optional<String> text) {
    }

    /** One historian sample: plant second, network view and true value. */
    public record Sample(long second, double view, double trueValue) {
    }

    /** A historian row: plant second and values. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(long second, double[] values);
    }

    private final Path file;
    private final RecordQuery query;
    private final MetaReader meta;
    private final TagReader tags;
    private final TimelineReader timeline;
    private final ExpectationReader expectations;
    private final AlarmReader alarms;
    private final TransactionReader transactions;
    private final TraineeReader trainees;
    private final HistorianReader historian;
    private final ConsequenceReader consequences;
    private final HostEventReader hostEvents;

    private RecordReader(Path file, Connection connection) {
        this.file = file;
        this.query = new RecordQuery(file, connection);
        this.meta = new MetaReader(query);
        this.tags = new TagReader(query);
        this.timeline = new TimelineReader(query);
        this.expectations = new ExpectationReader(query);
        this.alarms = new AlarmReader(query);
        this.transactions = new TransactionReader(query);
        this.trainees = new TraineeReader(query);
        this.historian = new HistorianReader(query, meta, tags);
        this.consequences = new ConsequenceReader(query, tags);
        this.hostEvents = new HostEventReader(query);
    }

    public static RecordReader open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RecordException("no exercise record at " + file);
        }
        try {
            // not read-only: after a crash SQLite must be able to replay and reset the WAL
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                    new SQLiteConfig().toProperties());
            RecordReader reader = new RecordReader(file, connection);
            reader.meta(); // fails early on a file that is not a record
            BulkFiles.load(file, connection, reader.meta, reader.tags); // a long run's historian and journal (ADR 23)
            return reader;
        } catch (SQLException e) {
            throw new RecordException("cannot read the exercise record " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The {@code meta} table: scenario_id, seed, start_time, plants, icsdrill_version, and at a clean close closed_at. */
    public Map<String, String> meta() {
        return meta.meta();
    }

    /** Whether the writer closed the record (false after a crash). */
    public boolean closedCleanly() {
        return meta.closedCleanly();
    }

    public List<String> plants() {
        return meta.plants();
    }

    public Instant startTime() {
        return meta.startTime();
    }

    /** {@code meta.format_version}: 1 to 7 (docs/record.md). */
    public int formatVersion() {
        return meta.formatVersion();
    }

    public long count(String table) {
        return query.count(table);
    }

    /** Whether the record has this table: a record of format 1 lacks those that format 2 added. */
    public boolean hasTable(String table) {
        return query.hasTable(table);
    }

    /** The tags of a plant in historian column order. */
    public List<String> tags(String plant) {
        return tags.tags(plant);
    }

    /** Every tag of a plant with unit, description, range and alarm limits, in historian column order. */
    public List<TagInfo> tagInfo(String plant) {
        return tags.tagInfo(plant);
    }

    public List<Attack> attacks() {
        return timeline.attacks();
    }

    public List<Event> events() {
        return timeline.events();
    }

    /** An attack of the scenario's timeline, whether it ran or not ({@code meta.scenario_attacks}, format 6). */
    public record ScenarioAttack(String id, String technique) {
    }

    /** The attacks the scenario's timeline holds, in their order; none for a free run or an older record. */
    public List<ScenarioAttack> scenarioAttacks() {
        String text = meta().getOrDefault("scenario_attacks", "");
        return text.isBlank() ? List.of() : java.util.Arrays.stream(text.split(","))
                .map(a -> a.split(":", 2)).map(p -> new ScenarioAttack(p[0], p.length > 1 ? p[1] : "")).toList();
    }

    /**
     * The kill chains' stages reached, each as an attack of kind {@code stage} that starts when it was reached,
     * names no plant and targets the hosts it reached: what a detect or respond expectation naming a stage is
     * timed from, and what a declaration naming one of those hosts detects.
     */
    public List<Attack> stagesReached() {
        return events().stream().filter(e -> e.type().equals("stage_reached") && e.stepId().isPresent())
                .map(e -> {
                    List<String> hosts = StageRoute.hostsIn(e.text().orElse(""));
                    return new Attack(e.stepId().get(), "stage", e.technique().orElse(""),
                            e.technique().flatMap(Techniques::find).map(Technique::name).orElse(""), "it",
                            e.plantTime(), OptionalDouble.empty(), hosts.isEmpty() ? null : hosts.get(0), List.of(),
                            hosts, "{}");
                })
                .toList();
    }

    /**
     * The scenario's expectations as the record keeps them ({@code expectation} table and the
     * {@code limit_*} keys of {@code meta}); none for a free run or a record of format 1.
     */
    public Expectations expectations() {
        return expectations.expectations(meta());
    }

    /** Alarms raised per plant and tag, most first: {@code "plant.tag" -> count}. */
    public Map<String, Long> alarmCounts() {
        return alarms.alarmCounts();
    }

    /** Alarm events by type (raised, cleared, acknowledged). */
    public Map<String, Long> alarmEventCounts() {
        return alarms.alarmEventCounts();
    }

    /** The first {@code limit} alarm changes of the given types ({@code raised}, {@code cleared}, {@code acknowledged}) in time order. */
    public List<AlarmChange> alarms(int limit, String... types) {
        return alarms.alarms(limit, types);
    }

    /** Transactions per source address (without the port), most first. */
    public Map<String, Long> transactionCountsBySource() {
        return transactions.countsBySource();
    }

    /** The requests {@code address} sent, counted with their first and last time and protocols; empty if none. */
    public Optional<SourceTraffic> trafficFrom(String address) {
        return transactions.from(address);
    }

    /** Transactions per outcome ({@code answered}, {@code refused}, {@code dropped}), most first; empty before format 4. */
    public Map<String, Long> transactionCountsByOutcome() {
        return transactions.countsByOutcome(formatVersion());
    }

    /** The trainees' declarations in time order. */
    public List<Declaration> declarations() {
        return trainees.declarations(formatVersion());
    }

    /** The trainees' response actions in time order. */
    public List<ActionTaken> actions() {
        return trainees.actions();
    }

    /** The trainees' answers to inject questions in time order. */
    public List<InjectAnswer> injectAnswers() {
        return trainees.injectAnswers();
    }

    /** The incident reports the trainees approved for sharing, in time order (the last one counts); none before format 7. */
    public List<ApprovedReport> incidentReports() {
        return trainees.incidentReports();
    }

    /** The instructor's notes in time order; none in a record of format 1. */
    public List<InstructorNote> instructorNotes() {
        return trainees.instructorNotes();
    }

    /** The site's host event logs in the order logged, ground truth included; none before format 5 or without a site. */
    public List<HostEvent> hostEvents() {
        return hostEvents.events();
    }

    /** Changes of the plants' trip latches and damage in time order; none in a record of format 1. */
    public List<StatusChange> statusChanges() {
        return consequences.statusChanges();
    }

    /**
     * Historian seconds in which the true value of any tag of {@code plant} was at or beyond its
     * high-high or low-low alarm limit; 0 when the record keeps no limits (format 1).
     */
    public long secondsOutOfLimits(String plant) {
        return consequences.secondsOutOfLimits(plant);
    }

    /** Per tag with a high-high or low-low limit that its true value reached: how many seconds, most first. */
    public List<LimitExcursion> limitExcursions(String plant) {
        return consequences.limitExcursions(plant);
    }

    /** The historian's first and last plant second for a plant; empty if it has no rows. */
    public Optional<long[]> historianRange(String plant) {
        return historian.historianRange(plant);
    }

    /** One tag's samples from plant second {@code from} to {@code to}, both included. NaN where the value was not a number. */
    public List<Sample> series(String plant, String tag, long from, long to) {
        return historian.series(plant, tag, from, to);
    }

    /**
     * Walks the historian in time order, the plants joined on the second (seconds every plant has):
     * the consumer gets the second and the values, plant by plant in {@link #plants} order, each
     * plant's tags in {@link #tags} order, view and true alternating. Streams: fit for a day's run.
     */
    public void historianRows(RowConsumer consumer) {
        historian.historianRows(consumer);
    }

    @Override
    public void close() {
        query.close();
    }
}
