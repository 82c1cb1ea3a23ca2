package org.icsdrill.scenario.record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
