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
import java.util.Map;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.scenario.model.Scenario;

/**
 * The record's SQLite file as the writing side holds it: created with its tables and header, and
 * finished at a clean close. WAL with {@code synchronous=NORMAL}: a commit is a write to the WAL file
 * without fsync, which survives the death of the process and leaves the file never corrupt (ADR 9).
 */
final class RecordDatabase implements AutoCloseable {

    private final Path file;
    private final Connection connection;

    private RecordDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Creates (or reopens) {@code file} with the record's tables and its header, committed. */
    static RecordDatabase create(Path file, Simulation simulation, Scenario scenario, String version) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
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
            RecordHeader.write(connection, simulation, scenario, version);
            connection.commit();
            return new RecordDatabase(file, connection);
        } catch (SQLException e) {
            throw new RecordException("cannot open the exercise record " + file + ": " + e.getMessage(), e);
        }
    }

    Connection connection() {
        return connection;
    }

    /** Sets {@code meta} keys in the open transaction, replacing what they held. */
    static void putMeta(Connection connection, Map<String, String> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(RecordSchema.PUT_META)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setString(2, entry.getValue());
                insert.executeUpdate();
            }
        }
    }

    /**
     * Notes a clean close in {@code meta}, builds the report's indexes and folds the WAL into the
     * database file, so that the record is one file again. The writer must have stopped.
     */
    void finish(Map<String, String> closingMeta) {
        try {
            putMeta(connection, closingMeta);
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
        }
    }

    /** Closes the connection, quietly: it runs after a failure as well as after {@link #finish}. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // already failing or closed
        }
    }
}
