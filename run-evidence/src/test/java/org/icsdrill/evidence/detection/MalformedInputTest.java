package org.icsdrill.evidence.detection;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every malformed input is one line, {@code file:line: what is wrong}, and never a stack trace. */
class MalformedInputTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void anEveLineThatIsNotJson() throws IOException {
        Path file = write("eve.json", """
                {"timestamp":"2026-01-15T09:00:02.500000+0000","event_type":"alert","alert":{"signature":"x"}}
                {"timestamp":"2026-01-15T09:00:03.500000+0000","event_type":"alert",
                """);
        assertThatThrownBy(() -> AlertReader.read(file)).isInstanceOf(ScoreInputException.class)
                .hasMessageStartingWith(file + ":2: not a JSON object: ");
    }

    @Test
    void anEveAlertWithABadOrMissingTimestamp() throws IOException {
        Path bad = write("bad.json", """
                {"timestamp":"2026-01-15T09:00:02.500000+0000","event_type":"flow"}

                {"timestamp":"2026-01-15 09:00:03","event_type":"alert"}
                """);
        assertThatThrownBy(() -> AlertReader.read(bad)).hasMessage(bad + ":3: '2026-01-15 09:00:03' is not a timestamp;"
                + " expected ISO-8601 like 2026-01-15T09:20:03Z or Suricata's 2026-01-15T09:20:03.123456+0000");

        Path missing = write("missing.json", "{\"event_type\":\"alert\"}\n");
        assertThatThrownBy(() -> AlertReader.read(missing)).hasMessage(missing + ":1: alert without a \"timestamp\"");
    }

    @Test
    void aCsvLineWithABadTimestampOrTooManyFields() throws IOException {
        Path bad = write("bad.csv", "timestamp,attack_id\n2026-01-15T09:00:02Z,scan\nyesterday,scan\n");
        assertThatThrownBy(() -> AlertReader.read(bad)).hasMessageStartingWith(bad + ":3: 'yesterday' is not a timestamp");

        Path wide = write("wide.csv", "2026-01-15T09:00:02Z,scan,high\n");
        assertThatThrownBy(() -> AlertReader.read(wide))
                .hasMessage(wide + ":1: expected timestamp[,attack_id], got 3 fields in '2026-01-15T09:00:02Z,scan,high'");
    }

    @Test
    void anAlertFileThatIsNotUtf8() throws IOException {
        // far enough in that the format is told from the first line before the bad bytes are met
        Path latin1 = Files.write(dir.resolve("latin1.csv"), ("2026-01-15T09:00:02Z,scan\n".repeat(1_000)
                + "2026-01-15T09:00:03Z,d\u00e9j\u00e0\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> AlertReader.read(latin1)).hasMessage(latin1 + ": cannot read: not UTF-8 text");
    }

    @Test
    void aMissingAlertFile() {
        Path missing = dir.resolve("nowhere.json");
        assertThatThrownBy(() -> AlertReader.read(missing)).hasMessage(missing + ": cannot read: no such file");
        assertThatThrownBy(() -> AlertReader.read(dir)).hasMessage(dir + ": is a directory, expected a file");
    }

    @Test
    void labelsWithAWrongHeaderAGapOrABadFlag() throws IOException {
        Path header = write("h.csv", "time,attack\n");
        assertThatThrownBy(() -> LabelsReader.read(header))
                .hasMessage(header + ":1: expected the header 'timestamp,attack,...' of labels.csv, got 'time,attack'");

        Path gap = write("gap.csv", "timestamp,attack\n2026-01-15T09:00:00Z,0\n2026-01-15T09:00:02Z,0\n");
        assertThatThrownBy(() -> LabelsReader.read(gap)).hasMessage(gap
                + ":3: expected the row of 2026-01-15T09:00:01Z (one row per second), got 2026-01-15T09:00:02Z");

        Path flag = write("flag.csv", "timestamp,attack\n2026-01-15T09:00:00Z,yes\n");
        assertThatThrownBy(() -> LabelsReader.read(flag)).hasMessage(flag + ":2: attack must be 0 or 1, got 'yes'");

        Path empty = write("empty.csv", "timestamp,attack\n");
        assertThatThrownBy(() -> LabelsReader.read(empty))
                .hasMessage(empty + ": no labelled seconds; is this a run's labels.csv?");
    }

    @Test
    void attacksWithoutAnEndOrEndingBeforeTheyStart() throws IOException {
        Path noEnd = write("a.jsonl", "{\"id\":\"x\",\"start\":\"2026-01-15T09:00:00Z\"}\n");
        assertThatThrownBy(() -> AttacksReader.read(noEnd)).hasMessage(noEnd + ":1: missing \"end\"");

        Path backwards = write("b.jsonl",
                "\n{\"id\":\"x\",\"start\":\"2026-01-15T09:00:05Z\",\"end\":\"2026-01-15T09:00:00Z\"}\n");
        assertThatThrownBy(() -> AttacksReader.read(backwards)).hasMessage(backwards
                + ":2: attack 'x' ends (2026-01-15T09:00:00Z) before it starts (2026-01-15T09:00:05Z)");
    }

    @Test
    void aRunDirectoryWithoutGroundTruth() throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("labels.csv"), "timestamp,attack\n2026-01-15T09:00:00Z,0\n");
        assertThatThrownBy(() -> RunScorer.readRun(run))
                .hasMessage(run + ": no attacks.jsonl; expected the --out directory of 'icsdrill run --scenario'");
        assertThatThrownBy(() -> RunScorer.readRun(dir.resolve("nope"))).hasMessage(dir.resolve("nope")
                + ": no such run directory");
    }
}
