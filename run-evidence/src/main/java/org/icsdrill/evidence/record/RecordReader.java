package org.icsdrill.evidence.record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.scenario.model.Expectations;
import org.icsdrill.scenario.model.ExpectedAction;
import org.sqlite.SQLiteConfig;

/**
 * Reads an exercise record, finished or cut short by a crash, for the after-action report and the
 * exports. Opens the file read-only; a record whose writer was killed opens as it was at its last
 * commit (SQLite replays the WAL).
 */
public final class RecordReader implements AutoCloseable {

    /** An attack as the record holds it; {@code end} is empty while it ran when the record stopped. */
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

    private final Path file;
    private final Connection connection;

    private RecordReader(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
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
        Map<String, String> meta = new LinkedHashMap<>();
        query("SELECT key, value FROM meta", rs -> meta.put(rs.getString(1), rs.getString(2)));
        return meta;
    }

    /** Whether the writer closed the record (false after a crash). */
    public boolean closedCleanly() {
        return meta().containsKey("closed_at");
    }

    public List<String> plants() {
        String plants = meta().getOrDefault("plants", "");
        return plants.isEmpty() ? List.of() : List.of(plants.split(","));
    }

    public Instant startTime() {
        return Instant.parse(meta().get("start_time"));
    }

    /** The tags of a plant in historian column order. */
    public List<String> tags(String plant) {
        List<String> tags = new ArrayList<>();
        query("SELECT name FROM tag WHERE plant = ? ORDER BY rowid", rs -> tags.add(rs.getString(1)), plant);
        return tags;
    }

    public List<Attack> attacks() {
        List<Attack> attacks = new ArrayList<>();
        query("SELECT id, kind, technique, technique_name, layer, start_time, end_time, source_host, plants, targets,"
                + " parameters FROM attack ORDER BY start_time, id", rs -> {
                    double end = rs.getDouble(7);
                    OptionalDouble endTime = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(end);
                    attacks.add(new Attack(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getDouble(6), endTime, rs.getString(8), split(rs.getString(9)),
                            split(rs.getString(10)), rs.getString(11)));
                });
        return attacks;
    }

    public List<Event> events() {
        List<Event> events = new ArrayList<>();
        query("SELECT plant_time, type, step_id, kind, technique, text FROM event ORDER BY id", rs -> events.add(
                new Event(rs.getDouble(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                        Optional.ofNullable(rs.getString(6)))));
        return events;
    }

    /** Alarms raised per plant and tag, most first: {@code "plant.tag" -> count}. */
    public Map<String, Long> alarmCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        query("SELECT plant || '.' || tag, count(*) AS n FROM alarm WHERE type = 'raised' GROUP BY plant, tag"
                + " ORDER BY n DESC, plant, tag", rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    /** Alarm events by type (raised, cleared, acknowledged). */
    public Map<String, Long> alarmEventCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        query("SELECT type, count(*) FROM alarm GROUP BY type ORDER BY type",
                rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    /** Transactions per source address (without the port), most first. */
    public Map<String, Long> transactionCountsBySource() {
        Map<String, Long> counts = new LinkedHashMap<>();
        query("SELECT CASE WHEN instr(source, ':') > 0 THEN substr(source, 1, instr(source, ':') - 1) ELSE source END"
                + " AS host, count(*) AS n FROM txn GROUP BY host ORDER BY n DESC, host",
                rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    public long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        long[] n = new long[1];
        query("SELECT count(*) FROM " + RecordSchema.quote(table), rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    /** Whether the record has this table: a record of format 1 lacks those that format 2 added. */
    public boolean hasTable(String table) {
        boolean[] found = new boolean[1];
        query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", rs -> found[0] = true, table);
        return found[0];
    }

    /** {@code meta.format_version}: 1, 2 or 3 (docs/record.md). */
    public int formatVersion() {
        return Integer.parseInt(meta().getOrDefault("format_version", "1"));
    }

    /** Every tag of a plant with unit, description, range and alarm limits, in historian column order. */
    public List<TagInfo> tagInfo(String plant) {
        boolean limits = columns("tag").contains("high_high");
        List<TagInfo> tags = new ArrayList<>();
        query("SELECT plant, name, unit, description, min, max, "
                + (limits ? "high_high, high, low, low_low" : "NULL, NULL, NULL, NULL")
                + " FROM tag WHERE plant = ? ORDER BY rowid", rs -> tags.add(new TagInfo(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getDouble(6),
                        number(rs, 7), number(rs, 8), number(rs, 9), number(rs, 10))), plant);
        return tags;
    }

    /**
     * The scenario's expectations as the record keeps them ({@code expectation} table and the
     * {@code limit_*} keys of {@code meta}); none for a free run or a record of format 1.
     */
    public Expectations expectations() {
        Map<String, String> meta = meta();
        Expectations.Limits limits = new Expectations.Limits(Boolean.parseBoolean(meta.get("limit_no_damage")),
                Boolean.parseBoolean(meta.get("limit_no_trip")));
        List<Expectations.Detect> detect = new ArrayList<>();
        List<Expectations.Respond> respond = new ArrayList<>();
        if (hasTable("expectation")) {
            query("SELECT type, attack, within_seconds, technique, actions FROM expectation ORDER BY id", rs -> {
                Duration within = Duration.ofMillis(Math.round(rs.getDouble(3) * 1000));
                if ("detect".equals(rs.getString(1))) {
                    detect.add(new Expectations.Detect(rs.getString(2), within, rs.getInt(4) == 1));
                } else {
                    respond.add(new Expectations.Respond(rs.getString(2), within, split(rs.getString(5)).stream()
                            .map(RecordReader::expectedAction).toList()));
                }
            });
        }
        return new Expectations(detect, respond, limits);
    }

    /**
     * An expected action as the {@code expectation} table keeps it: {@code isolate_host:127.0.0.66}
     * (format 3), or the bare action (format 2), which accepts any target.
     */
    static ExpectedAction expectedAction(String text) {
        int colon = text.indexOf(':');
        String action = colon < 0 ? text : text.substring(0, colon);
        return new ExpectedAction(ResponseAction.valueOf(action.strip().toUpperCase(Locale.ROOT)),
                colon < 0 ? "" : text.substring(colon + 1));
    }

    /** The trainees' declarations in time order. */
    public List<Declaration> declarations() {
        List<Declaration> rows = new ArrayList<>();
        query("SELECT plant_time, wall_time, trainee, plant, attack_id, technique, text FROM declaration"
                + " ORDER BY plant_time, id", rs -> rows.add(new Declaration(rs.getDouble(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), Optional.ofNullable(rs.getString(5)),
                        Optional.ofNullable(rs.getString(6)), rs.getString(7))));
        return rows;
    }

    /** The trainees' response actions in time order. */
    public List<ActionTaken> actions() {
        List<ActionTaken> rows = new ArrayList<>();
        query("SELECT plant_time, wall_time, trainee, action, target, detail FROM response_action"
                + " ORDER BY plant_time, id", rs -> rows.add(new ActionTaken(rs.getDouble(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))));
        return rows;
    }

    /** The trainees' answers to inject questions in time order. */
    public List<InjectAnswer> injectAnswers() {
        List<InjectAnswer> rows = new ArrayList<>();
        query("SELECT plant_time, wall_time, trainee, inject, question_index, question, answer FROM inject_answer"
                + " ORDER BY plant_time, id", rs -> rows.add(new InjectAnswer(rs.getDouble(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7))));
        return rows;
    }

    /** The instructor's notes in time order; none in a record of format 1. */
    public List<InstructorNote> instructorNotes() {
        List<InstructorNote> rows = new ArrayList<>();
        if (hasTable("instructor_note")) {
            query("SELECT plant_time, wall_time, author, text FROM instructor_note ORDER BY plant_time, id",
                    rs -> rows.add(new InstructorNote(rs.getDouble(1), rs.getString(2), rs.getString(3),
                            rs.getString(4))));
        }
        return rows;
    }

    /** Changes of the plants' trip latches and damage in time order; none in a record of format 1. */
    public List<StatusChange> statusChanges() {
        List<StatusChange> rows = new ArrayList<>();
        if (hasTable("plant_status")) {
            query("SELECT plant_time, plant, status, trip, damage FROM plant_status ORDER BY plant_time, id",
                    rs -> rows.add(new StatusChange(rs.getDouble(1), rs.getString(2), rs.getString(3),
                            rs.getInt(4) == 1, Optional.ofNullable(rs.getString(5)))));
        }
        return rows;
    }

    /** The first {@code limit} alarm changes of the given types ({@code raised}, {@code cleared}, {@code acknowledged}) in time order. */
    public List<AlarmChange> alarms(int limit, String... types) {
        List<AlarmChange> rows = new ArrayList<>();
        Object[] parameters = Arrays.copyOf(types, types.length + 1, Object[].class);
        parameters[types.length] = limit;
        query("SELECT plant_time, plant, tag, type, level, priority, value, message, user FROM alarm WHERE type IN ("
                + String.join(", ", Collections.nCopies(types.length, "?")) + ") ORDER BY plant_time, id"
                + " LIMIT ?", rs -> rows.add(new AlarmChange(rs.getDouble(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), number(rs, 7), rs.getString(8),
                        Optional.ofNullable(rs.getString(9)))), parameters);
        return rows;
    }

    /**
     * Historian seconds in which the true value of any tag of {@code plant} was at or beyond its
     * high-high or low-low alarm limit; 0 when the record keeps no limits (format 1).
     */
    public long secondsOutOfLimits(String plant) {
        List<String> conditions = new ArrayList<>();
        List<Object> limits = new ArrayList<>();
        for (TagInfo tag : tagInfo(plant)) {
            String column = RecordSchema.quote(RecordSchema.trueColumn(tag.name()));
            if (!Double.isNaN(tag.highHigh())) {
                conditions.add(column + " >= ?");
                limits.add(tag.highHigh());
            }
            if (!Double.isNaN(tag.lowLow())) {
                conditions.add(column + " <= ?");
                limits.add(tag.lowLow());
            }
        }
        if (conditions.isEmpty()) {
            return 0;
        }
        long[] n = new long[1];
        query("SELECT count(*) FROM " + RecordSchema.quote(RecordSchema.historianTable(plant)) + " WHERE "
                + String.join(" OR ", conditions), rs -> n[0] = rs.getLong(1), limits.toArray());
        return n[0];
    }

    /** Per tag with a high-high or low-low limit that its true value reached: how many seconds, most first. */
    public List<LimitExcursion> limitExcursions(String plant) {
        List<TagInfo> limited = tagInfo(plant).stream()
                .filter(t -> !Double.isNaN(t.highHigh()) || !Double.isNaN(t.lowLow())).toList();
        if (limited.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        List<Object> limits = new ArrayList<>();
        for (int i = 0; i < limited.size(); i++) {
            TagInfo tag = limited.get(i);
            String column = RecordSchema.quote(RecordSchema.trueColumn(tag.name()));
            sql.append(i == 0 ? "" : ", ").append("coalesce(sum(").append(column).append(" >= ?), 0), coalesce(sum(")
                    .append(column).append(" <= ?), 0)");
            limits.add(Double.isNaN(tag.highHigh()) ? null : tag.highHigh());
            limits.add(Double.isNaN(tag.lowLow()) ? null : tag.lowLow());
        }
        sql.append(" FROM ").append(RecordSchema.quote(RecordSchema.historianTable(plant)));
        List<LimitExcursion> excursions = new ArrayList<>();
        query(sql.toString(), rs -> {
            for (int i = 0; i < limited.size(); i++) {
                long above = rs.getLong(2 * i + 1);
                long below = rs.getLong(2 * i + 2);
                if (above + below > 0) {
                    excursions.add(new LimitExcursion(limited.get(i), above, below));
                }
            }
        }, limits.toArray());
        excursions.sort(Comparator.comparingLong(LimitExcursion::seconds).reversed());
        return excursions;
    }

    private List<String> columns(String table) {
        List<String> columns = new ArrayList<>();
        query("SELECT name FROM pragma_table_info(?)", rs -> columns.add(rs.getString(1)), table);
        return columns;
    }

    /** The historian's first and last plant second for a plant; empty if it has no rows. */
    public Optional<long[]> historianRange(String plant) {
        long[][] range = new long[1][];
        query("SELECT min(t), max(t), count(*) FROM " + RecordSchema.quote(RecordSchema.historianTable(plant)), rs -> {
            if (rs.getLong(3) > 0) {
                range[0] = new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
        return Optional.ofNullable(range[0]);
    }

    /** One tag's samples from plant second {@code from} to {@code to}, both included. NaN where the value was not a number. */
    public List<Sample> series(String plant, String tag, long from, long to) {
        if (!tags(plant).contains(tag)) {
            throw new IllegalArgumentException("no tag '" + tag + "' in plant '" + plant + "' of this record");
        }
        List<Sample> samples = new ArrayList<>();
        query("SELECT t, " + RecordSchema.quote(RecordSchema.viewColumn(tag)) + ", "
                + RecordSchema.quote(RecordSchema.trueColumn(tag)) + " FROM "
                + RecordSchema.quote(RecordSchema.historianTable(plant)) + " WHERE t BETWEEN ? AND ? ORDER BY t",
                rs -> samples.add(new Sample(rs.getLong(1), number(rs, 2), number(rs, 3))), from, to);
        return samples;
    }

    /**
     * Walks the historian in time order, the plants joined on the second (seconds every plant has):
     * the consumer gets the second and the values, plant by plant in {@link #plants} order, each
     * plant's tags in {@link #tags} order, view and true alternating. Streams: fit for a day's run.
     */
    public void historianRows(RowConsumer consumer) {
        List<String> plants = plants();
        int width = 0;
        StringBuilder columns = new StringBuilder("h0.t");
        StringBuilder from = new StringBuilder();
        for (int p = 0; p < plants.size(); p++) {
            String alias = "h" + p;
            for (String tag : tags(plants.get(p))) {
                columns.append(", ").append(alias).append('.').append(RecordSchema.quote(RecordSchema.viewColumn(tag)));
                columns.append(", ").append(alias).append('.').append(RecordSchema.quote(RecordSchema.trueColumn(tag)));
                width += 2;
            }
            String table = RecordSchema.quote(RecordSchema.historianTable(plants.get(p))) + " " + alias;
            from.append(p == 0 ? table : " JOIN " + table + " ON " + alias + ".t = h0.t");
        }
        int n = width;
        query("SELECT " + columns + " FROM " + from + " ORDER BY h0.t", rs -> {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = number(rs, i + 2);
            }
            consumer.accept(rs.getLong(1), values);
        });
    }

    /** A historian row: plant second and values. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(long second, double[] values);
    }

    private static double number(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowHandler handler, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        } catch (SQLException e) {
            throw new RecordException("reading " + file + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new RecordException("closing " + file + " failed: " + e.getMessage(), e);
        }
    }
}
