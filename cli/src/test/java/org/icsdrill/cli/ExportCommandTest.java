package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsdrill.evidence.record.RecordReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A headless run writes record.sqlite with the journal in it; 'icsdrill export' turns it into HAI/SWaT CSV. */
class ExportCommandTest {

    static Path run;

    @BeforeAll
    static void runTheScenario() {
        run = OldsmarRun.folder();
    }

    @Test
    void theRunsRecordHoldsTheJournalFromTheHostsAndTheAttacker() {
        try (RecordReader record = RecordReader.open(run.resolve("record.sqlite"))) {
            assertThat(record.closedCleanly()).isTrue();
            assertThat(record.meta()).containsEntry("scenario_id", "chemical-oldsmar").containsEntry("dropped_rows", "0");
            assertThat(record.transactionCountsBySource()).containsKeys("127.0.0.10", "127.0.0.66");
            assertThat(record.attacks()).extracting(RecordReader.Attack::id).contains("feed-setpoint");
            assertThat(record.count("historian_chemical")).isEqualTo(1800);
        }
    }

    @Test
    void exportsCsvWithTheDocumentedHeaderAndTheLabelsOfLabelsCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("oldsmar.csv");
        CliTest.Outcome o = CliTest.icsdrill("export", run.toString(), "--format", "csv", "--out", csv.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("Wrote 1800 rows to " + csv);
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",");
        assertThat(header[0]).isEqualTo("timestamp");
        assertThat(header[1]).isEqualTo("chemical.R1.TT101");
        assertThat(List.of(header).subList(header.length - 2, header.length)).containsExactly("attack",
                "chemical_attack");
        assertThat(lines.get(601)).startsWith("2026-02-05T13:40:00Z,").endsWith(",1,1");
        List<String> labels = Files.readAllLines(run.resolve("labels.csv"));
        for (int row = 1; row < labels.size(); row++) {
            String[] exported = lines.get(row).split(",", -1);
            assertThat(exported).hasSize(header.length);
            assertThat(exported[header.length - 2]).as("row %d", row).isEqualTo(labels.get(row).split(",")[1]);
        }
    }

    @Test
    void bothValuesToStandardOutput() {
        CliTest.Outcome o = CliTest.icsdrill("export", run.toString(), "--values", "both");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out().lines().findFirst().orElseThrow())
                .startsWith("timestamp,chemical.R1.TT101:view,chemical.R1.TT101:true,");
        assertThat(o.out().lines().count()).isEqualTo(1801);
    }

    @Test
    void aFolderWithoutARecordIsOneLineAndExitOne(@TempDir Path empty) {
        CliTest.Outcome o = CliTest.icsdrill("export", empty.toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).startsWith("icsdrill export: no exercise record ").doesNotContain("\tat ");
    }
}
