package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'icsdrill report' on a headless run: the HTML, the printed scores, the JSON, and every way it can go wrong. */
class ReportCommandTest {

    static Path run;

    @BeforeAll
    static void runTheScenario() {
        run = OldsmarRun.folder();
    }

    @Test
    void writesRunReportHtmlAndPrintsTheScores() throws Exception {
        CliTest.Outcome o = CliTest.icsdrill("report", run.toString());
        assertThat(o.code()).as(o.err()).isZero();
        Path html = run.resolve("report.html");
        assertThat(o.out()).contains("Scenario chemical-oldsmar", "Team: detected 0 of ", "feed-setpoint",
                "Wrote " + html);
        String report = Files.readString(html);
        assertThat(report).contains("<html lang=\"en\">", "<section id=\"summary\">", "<svg ",
                "chemical.R1.FIC101.SP");
    }

    @Test
    void japaneseToAChosenFileWithTheScoreAsJson(@TempDir Path out) throws Exception {
        Path html = out.resolve("oldsmar-ja.html");
        Path json = out.resolve("score.json");
        CliTest.Outcome o = CliTest.icsdrill("report", run.resolve("record.sqlite").toString(), "--lang", "ja",
                "--out", html.toString(), "--json", json.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(Files.readString(html)).contains("<html lang=\"ja\">", "<h2>評価</h2>", "<h2>タイムライン</h2>");
        assertThat(Files.readString(json)).contains("\"scenario\"", "\"team\"", "\"outcome\"");
    }

    @Test
    void aRunThatDoesNotExistIsAUsageError(@TempDir Path dir) {
        CliTest.Outcome o = CliTest.icsdrill("report", dir.resolve("no-such-run").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("RUN: no such folder or file", "Usage:").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aFolderWithoutARecordIsOneLineAndExitOne(@TempDir Path empty) {
        CliTest.Outcome o = CliTest.icsdrill("report", empty.toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).startsWith("icsdrill report: no exercise record in ").doesNotContain("\tat ");
        assertThat(o.err().lines()).hasSize(1);
    }

    @Test
    void aFileThatIsNotARecordIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("record.sqlite"), "not a database, just text\n".repeat(100));
        CliTest.Outcome o = CliTest.icsdrill("report", junk.toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).startsWith("icsdrill report: ").contains("record.sqlite", "not a database")
                .doesNotContain("Exception", "\tat ");
        assertThat(o.err().lines()).hasSize(1);
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndExitOne(@TempDir Path dir) {
        CliTest.Outcome o = CliTest.icsdrill("report", run.toString(), "--out",
                dir.resolve("missing-folder").resolve("report.html").toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).startsWith("icsdrill report: ").contains("cannot write").doesNotContain("\tat ");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliTest.Outcome o = CliTest.icsdrill("report", run.toString(), "--lang", "fr");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--lang", "Usage:").doesNotContain("\tat ");
    }
}
