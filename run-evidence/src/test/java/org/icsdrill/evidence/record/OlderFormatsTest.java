package org.icsdrill.evidence.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.scenario.model.ExpectedAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records written by older versions read as docs/record.md says: format 1 without what format 2 added. */
class OlderFormatsTest {

    @Test
    void aFormatOneRecordHasNoExpectationsNotesStatusOrLimits(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ExerciseRecord.FILE);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)");
            sql.execute("INSERT INTO meta VALUES ('plants', 'tank'), ('start_time', '2026-01-01T00:00:00Z')");
            sql.execute("CREATE TABLE tag (plant TEXT NOT NULL, name TEXT NOT NULL, unit TEXT, description TEXT,"
                    + " min REAL, max REAL, access TEXT, field INTEGER, PRIMARY KEY (plant, name))");
            sql.execute("INSERT INTO tag VALUES ('tank', 'LT1', '%', 'Level', 0, 100, 'read_only', 1)");
            sql.execute("CREATE TABLE \"historian_tank\" (t INTEGER PRIMARY KEY, \"LT1:view\" REAL, \"LT1:true\" REAL)");
            sql.execute("INSERT INTO \"historian_tank\" VALUES (0, 50, 99), (1, NULL, 100)");
        }
        try (RecordReader record = RecordReader.open(file)) {
            assertThat(record.formatVersion()).isEqualTo(1);
            assertThat(record.closedCleanly()).isFalse();
            assertThat(record.expectations().detect()).isEmpty();
            assertThat(record.expectations().respond()).isEmpty();
            assertThat(record.instructorNotes()).isEmpty();
            assertThat(record.statusChanges()).isEmpty();
            assertThat(record.tagInfo("tank")).singleElement().satisfies(t -> {
                assertThat(t.highHigh()).isNaN();
                assertThat(t.lowLow()).isNaN();
            });
            assertThat(record.secondsOutOfLimits("tank")).isZero();
            assertThat(record.limitExcursions("tank")).isEmpty();
            assertThat(record.series("tank", "LT1", 0, 1)).extracting(RecordReader.Sample::view)
                    .containsExactly(50.0, Double.NaN);
        }
    }

    @Test
    void aFormatTwoExpectedActionIsBareAndTakesAnyTarget() {
        assertThat(ExpectationReader.expectedAction("isolate_host"))
                .isEqualTo(new ExpectedAction(ResponseAction.ISOLATE_HOST, ""))
                .satisfies(a -> assertThat(a.anyTarget()).isTrue());
        assertThat(ExpectationReader.expectedAction("switch_to_manual:chemical.R1.FIC101.AUTO"))
                .isEqualTo(new ExpectedAction(ResponseAction.SWITCH_TO_MANUAL, "chemical.R1.FIC101.AUTO"));
    }
}
