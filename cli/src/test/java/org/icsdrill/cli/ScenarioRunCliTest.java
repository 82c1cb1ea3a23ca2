package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsdrill.evidence.record.RecordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vendor's headless run from the command line: ground truth written, reproducible byte for byte. */
class ScenarioRunCliTest {

    @TempDir
    Path dataDir;

    private CliTest.Outcome run(Path out) {
        return CliTest.icsdrill("run", "--headless", "--scenario", "chemical-oldsmar", "--speed", "max",
                "--out", out.toString(), "--modbus-port", "0", "--opcua-port", "0", "--data-dir", dataDir.toString());
    }

    @Test
    void twoRunsWithOneSeedWriteByteIdenticalLabelsAndHistorian(@TempDir Path first, @TempDir Path second)
            throws Exception {
        CliTest.Outcome a = run(first);
        assertThat(a.err()).doesNotContain("Exception");
        assertThat(a.code()).isZero();
        assertThat(a.out()).contains("Scenario  chemical-oldsmar", "Reached the end of the run at plant time 00:30:00");
        assertThat(run(second).code()).isZero();
        for (String file : List.of("labels.csv", "historian.csv", "attacks.jsonl")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        List<String> journal = Files.readAllLines(first.resolve("transactions.jsonl"));
        assertThat(journal).anySatisfy(line -> assertThat(line).contains("\"source\":\"127.0.0.66:",
                "FC16 write multiple registers", "R1.FIC101.SP=125.0"));
        assertThat(journal).anySatisfy(line -> assertThat(line).contains("\"source\":\"127.0.0.10:"));
        assertThat(Files.readAllLines(first.resolve("labels.csv")).get(601))
                .isEqualTo("2026-02-05T13:40:00Z,1,1,T0855,feed-setpoint,");
    }

    @Test
    void theBannerShowsTheSeedUsedAndTheScenariosHosts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hosts.yaml");
        Files.writeString(file, """
                id: hosts
                title: Hosts
                plants: [chemical]
                seed: 77
                duration: 2s
                hosts: {scada: 127.0.0.11, engineering: 127.0.0.21, attacker: 127.0.0.67}
                timeline: []
                """);
        CliTest.Outcome o = CliTest.icsdrill("run", "--headless", "--scenario", file.toString(), "--speed", "max",
                "--out", dir.resolve("out").toString(), "--modbus-port", "0", "--opcua-port", "0", "--data-dir",
                dataDir.toString());

        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).contains(", seed 77,"));
        assertThat(o.out()).contains("Hosts     SCADA poller 127.0.0.11, engineering workstation 127.0.0.21,"
                + " attacker 127.0.0.67");
    }

    @Test
    void thePlaybookTakesTheExpectedResponsesAndTheyAreRecorded(@TempDir Path out) {
        CliTest.Outcome o = CliTest.icsdrill("run", "--headless", "--scenario", "chemical-oldsmar", "--playbook",
                "--speed", "max", "--no-hosts", "--out", out.toString(), "--modbus-port", "0", "--opcua-port", "0",
                "--data-dir", dataDir.toString());

        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("Playbook");
        try (RecordReader record = RecordReader.open(out.resolve("record.sqlite"))) {
            assertThat(record.actions()).extracting(a -> a.trainee() + " " + a.action() + " " + a.target())
                    .containsExactly("playbook restore_parameters chemical", "playbook isolate_host 127.0.0.66");
            assertThat(record.actions()).allSatisfy(a -> assertThat(a.plantTime()).isEqualTo(1199.9,
                    org.assertj.core.api.Assertions.within(1e-6)));
        }
        assertThat(CliTest.icsdrill("run", "--playbook", "--data-dir", dataDir.toString()).err())
                .contains("--playbook needs --scenario");
    }

    @Test
    void aScenarioWithErrorsIsReportedWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "id: bad\ntitle: Bad\ndescription: x\nplants: [chemical]\nduration: soon\n"
                + "briefing: x\ninstructor_notes: x\ntimeline: []\n");
        CliTest.Outcome o = CliTest.icsdrill("run", "--headless", "--scenario", bad.toString(), "--data-dir",
                dataDir.toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).contains(bad + ":5:11:").doesNotContain("\tat ");
    }

    @Test
    void anUnknownScenarioNameIsAUsageError() {
        CliTest.Outcome o = CliTest.icsdrill("run", "--scenario", "no-such-scenario");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("bundled: ", "gas-stuxnet");
    }
}
