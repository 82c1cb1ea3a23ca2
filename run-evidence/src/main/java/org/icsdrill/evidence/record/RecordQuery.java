package org.icsdrill.evidence.record;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readers' one way into the record: runs a query with its parameters and hands each row on,
 * turning a failure into a {@link RecordException} that names the file. Also what the readers ask
 * of the database itself: whether a table or column exists (formats 1 and 2 lack some) and counts.
 */
final class RecordQuery {

    /** Takes one row of a result. */
    @FunctionalInterface
    interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private final Path file;
    private final Connection connection;

    RecordQuery(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    void each(String sql, RowHandler handler, Object... parameters) {
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

    /** The first column of the last row, as a whole number: for {@code SELECT count(*)}. */
    long wholeNumber(String sql, Object... parameters) {
        long[] n = new long[1];
        each(sql, rs -> n[0] = rs.getLong(1), parameters);
        return n[0];
    }

    /** A two-column result, name and count, as a map in the result's order. */
    Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        each(sql, rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return wholeNumber("SELECT count(*) FROM " + RecordSchema.quote(table));
    }

    boolean hasTable(String table) {
        boolean[] found = new boolean[1];
        each("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", rs -> found[0] = true, table);
        return found[0];
    }

    List<String> columns(String table) {
        List<String> columns = new ArrayList<>();
        each("SELECT name FROM pragma_table_info(?)", rs -> columns.add(rs.getString(1)), table);
        return columns;
    }

    /** A REAL column, NaN for NULL (a tag without that limit, a value that was not a number). */
    static double real(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    /** A comma-separated list column; empty for NULL or an empty text. */
    static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new RecordException("closing " + file + " failed: " + e.getMessage(), e);
        }
    }
}
