package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsdrill.core.capture.TrafficCapture;
import org.icsdrill.core.net.FirewallLogFile;
import org.icsdrill.core.output.Compression;
import org.icsdrill.core.sim.ClockLog;
import org.icsdrill.core.site.HostLogFile;
import org.icsdrill.evidence.dataset.LabelCounts;
import org.icsdrill.evidence.detection.RunScorer;
import org.icsdrill.evidence.record.ExerciseRecord;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.run.ScenarioRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run written compressed, as a long run is (ADR 23, issue 15): the labels and the site's host and firewall
 * logs are written {@code .zst} with the bulky files, the small ones stay plain, and every reader finds them by
 * their plain names with nothing lost against the same seed's plain run.
 */
class CompressedRunTest {

    @TempDir
    Path dir;

    /** 11 minutes of chemical-oldsmar on the reference site: its attack starts at 10 min. */
    private Path run(String name, String compress) {
        Path out = dir.resolve(name);
        CliTest.Outcome o = CliTest.icsdrill("run", "--headless", "--site", "reference", "--scenario",
                "chemical-oldsmar", "--speed", "max", "--duration", "11m", "--compress", compress, "--out",
                out.toString(), "--modbus-port", "0", "--opcua-port", "0", "--data-dir", dir.resolve("data").toString());
        assertThat(o.code()).as(o.err()).isZero();
        return out;
    }

    @Test
    void theLabelsAndTheSiteLogsAreWrittenZstdAndReadBackWhole() throws Exception {
        Path zst = run("zst", "zstd");
        Path plain = run("plain", "none");

        for (String name : List.of(ScenarioRun.LABELS, HostLogFile.FILE_NAME, FirewallLogFile.FILE_NAME,
                ScenarioRun.HISTORIAN, ScenarioRun.JOURNAL, TrafficCapture.FILE_NAME)) {
            assertThat(zst.resolve(Compression.ZSTD.fileName(name))).as(name).isRegularFile();
            assertThat(zst.resolve(name)).as(name + " only compressed").doesNotExist();
        }
        for (String small : List.of(ScenarioRun.ATTACKS, ScenarioRun.EVENTS, ClockLog.FILE_NAME)) {
            assertThat(zst.resolve(small)).as(small + " stays plain").isRegularFile();
        }
        // nothing lost, determinism through compression: the same seed, the same decompressed bytes
        for (String name : List.of(ScenarioRun.LABELS, ScenarioRun.HISTORIAN, TrafficCapture.FILE_NAME)) {
            try (InputStream in = Compression.open(zst.resolve(name))) {
                assertThat(in.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(plain.resolve(name)));
            }
        }
        // the record without copies reads the compressed historian and journal as the plain run's record holds them
        try (RecordReader fromFiles = RecordReader.open(zst.resolve(ExerciseRecord.FILE));
             RecordReader copies = RecordReader.open(plain.resolve(ExerciseRecord.FILE))) {
            assertThat(fromFiles.count("txn")).isPositive().isEqualTo(copies.count("txn"));
            assertThat(fromFiles.transactionCountsBySource()).isEqualTo(copies.transactionCountsBySource());
            assertThat(fromFiles.historianRange("chemical")).map(r -> r[1]).isEqualTo(
                    copies.historianRange("chemical").map(r -> r[1]));
            assertThat(fromFiles.series("chemical", "R1.TT101", 0, 660)).hasSize(660)
                    .isEqualTo(copies.series("chemical", "R1.TT101", 0, 660));
        }
        // the site's logs decompress to whole ECS lines: every host event the record holds
        List<String> hosts = RunFiles.lines(zst.resolve(HostLogFile.FILE_NAME));
        try (RecordReader record = RecordReader.open(zst.resolve(ExerciseRecord.FILE))) {
            assertThat(record.hostEvents()).isNotEmpty().hasSize(hosts.size());
        }
        List<String> firewall = RunFiles.lines(zst.resolve(FirewallLogFile.FILE_NAME));
        assertThat(firewall).isNotEmpty();
        for (String line : firewall) {
            assertThat(new ObjectMapper().readTree(line).path("event").path("action").asText()).isNotEmpty();
        }

        // the scorer, icsdrill score and a dataset's label counts read the compressed labels
        assertThat(RunScorer.readRun(zst).labels().seconds()).isEqualTo(660);
        assertThat(LabelCounts.of(zst).attacked()).isEqualTo(60);
        assertThat(LabelCounts.of(zst)).isEqualTo(LabelCounts.of(plain));
        Path alerts = Files.writeString(dir.resolve("alerts.csv"), "2026-02-05T13:40:05Z,feed-setpoint\n");
        CliTest.Outcome fromZst = CliTest.icsdrill("score", zst.toString(), "--alerts", alerts.toString());
        CliTest.Outcome fromPlain = CliTest.icsdrill("score", plain.toString(), "--alerts", alerts.toString());
        assertThat(fromZst.code()).as(fromZst.err()).isZero();
        assertThat(fromZst.out()).contains("Detected 1 of 1 attack")
                .isEqualTo(fromPlain.out().replace(plain.toString(), zst.toString()));
    }
}
