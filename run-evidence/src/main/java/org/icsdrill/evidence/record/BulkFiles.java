package org.icsdrill.evidence.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.icsdrill.core.output.Compression;

/**
 * A long run's record leaves the historian and the transaction journal to the run's files (ADR 23): {@code meta}
 * names them ({@code historian_file}, {@code journal_file}). The reader loads them into temporary tables of the
 * same names and columns, which SQLite finds before the record's empty ones, so every query reads as from a
 * record that holds them. Loading a day of four plants takes seconds; nothing is written to the record.
 */
final class BulkFiles {

    private static final int BATCH = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A journal line's fields in the order of the insert's columns after plant_time ({@code values} into data). */
    private static final List<String> JOURNAL_FIELDS = List.of("wall_time", "plant", "source", "protocol", "function",
            "address", "values", "result", "outcome");

    private BulkFiles() {
    }

    static void load(Path record, Connection connection, MetaReader meta, TagReader tags) throws SQLException {
        Map<String, String> keys = meta.meta();
        Path folder = record.toAbsolutePath().getParent();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (keys.containsKey(RecordSchema.HISTORIAN_FILE)) {
                historian(connection, folder.resolve(keys.get(RecordSchema.HISTORIAN_FILE)), meta, tags);
            }
            if (keys.containsKey(RecordSchema.JOURNAL_FILE)) {
                journal(connection, folder.resolve(keys.get(RecordSchema.JOURNAL_FILE)));
            }
            connection.commit();
        } catch (IOException | RuntimeException e) {
            throw new RecordException("cannot read the run's files the record names: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void historian(Connection connection, Path file, MetaReader meta, TagReader tags)
            throws SQLException, IOException {
        List<String> plants = meta.plants();
        PreparedStatement[] inserts = new PreparedStatement[plants.size()];
        int[] widths = new int[plants.size()];
        try (Statement ddl = connection.createStatement()) {
            for (int p = 0; p < plants.size(); p++) {
                List<String> names = tags.tags(plants.get(p));
                ddl.execute(RecordSchema.temporaryHistorianDdl(plants.get(p), names));
                inserts[p] = connection.prepareStatement(RecordSchema.temporaryHistorianInsert(plants.get(p),
                        names.size()));
                widths[p] = 2 * names.size();
            }
        }
        Instant start = meta.startTime();
        try (BufferedReader in = reader(file)) {
            in.readLine(); // the header: timestamp, then <plant>.<tag>:view and :true in the tag table's order
            String line;
            int rows = 0;
            while ((line = in.readLine()) != null) {
                String[] cells = line.split(",", -1);
                long t = Math.round(Duration.between(start, Instant.parse(cells[0])).toMillis() / 1000.0);
                int at = 1;
                for (int p = 0; p < plants.size(); p++) {
                    inserts[p].setLong(1, t);
                    for (int i = 0; i < widths[p]; i++) {
                        RecordWriter.bindReal(inserts[p], i + 2, Double.parseDouble(cells[at++]));
                    }
                    inserts[p].addBatch();
                }
                if (++rows % BATCH == 0) {
                    for (PreparedStatement insert : inserts) {
                        insert.executeBatch();
                    }
                }
            }
        }
        for (PreparedStatement insert : inserts) {
            insert.executeBatch();
            insert.close();
        }
    }

    private static void journal(Connection connection, Path file) throws SQLException, IOException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TEMP TABLE txn " + RecordSchema.TXN_COLUMNS);
        }
        // the temporary table, found before the record's own: the record's insert writes it
        try (BufferedReader in = reader(file);
             PreparedStatement insert = connection.prepareStatement(RecordSchema.TXN_INSERT)) {
            String line;
            int rows = 0;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode t = JSON.readTree(line);
                insert.setDouble(1, t.path("plant_time").asDouble());
                for (int i = 0; i < JOURNAL_FIELDS.size(); i++) {
                    insert.setString(i + 2, t.path(JOURNAL_FIELDS.get(i)).asText(null));
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            for (String index : RecordSchema.txnIndexes("temp.")) {
                ddl.execute(index);
            }
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Compression.open(file), StandardCharsets.UTF_8), 1 << 16);
    }
}
