package org.icsdrill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.icsdrill.evidence.record.ExerciseRecord;
import org.icsdrill.evidence.record.RecordException;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.report.AfterActionReport;
import org.icsdrill.evidence.trainees.ExerciseScore;
import org.icsdrill.evidence.trainees.ExerciseScoreJson;
import org.icsdrill.evidence.trainees.ExerciseScoreSummary;
import org.icsdrill.evidence.trainees.TraineeScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * Writes a run's after-action report (one self-contained HTML file) from its exercise record, and
 * prints the trainees' score. A RUN that does not exist is a usage error (exit 2); a folder without
 * a record, a file that is not one, or an output that cannot be written is one line and exit 1.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the after-action report of a run (RUN/report.html): the trainees' scores against the"
                + " scenario's expectations, a timeline, true value against operator view of every attacked tag,"
                + " the ATT&CK techniques, the briefing and the instructor's notes. Prints the scores"
                + " (docs/scoring.md)."})
final class ReportCommand implements Callable<Integer> {

    enum Language { en, ja }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN",
            description = "The --out folder of 'icsdrill run --scenario', or its record.sqlite.")
    private Path run;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the HTML (default RUN/report.html).")
    private Path out;

    @Option(names = "--lang", paramLabel = "en|ja",
            description = "Language of the report: ${COMPLETION-CANDIDATES} (default: the record's, else en).")
    private Language language;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the trainees' score as JSON to FILE.")
    private Path jsonFile;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(run)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "RUN: no such folder or file: " + run);
        }
        Path file = Files.isDirectory(run) ? run.resolve(ExerciseRecord.FILE) : run;
        if (!Files.isRegularFile(file)) {
            return fail(err, "no exercise record in " + run + " (expected " + file
                    + ": the --out folder of 'icsdrill run --scenario')");
        }
        Path html = out != null ? out : file.toAbsolutePath().getParent().resolve("report.html");
        try (RecordReader record = RecordReader.open(file)) {
            Locale locale = language != null ? Locale.forLanguageTag(language.name())
                    : AfterActionReport.defaultLanguage(record);
            ExerciseScore score = TraineeScorer.score(record);
            try (Writer writer = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                AfterActionReport.write(record, score, locale, writer);
            } catch (IOException e) {
                return fail(err, html + ": cannot write: " + UserMessages.describe(e));
            }
            if (jsonFile != null) {
                try {
                    Files.writeString(jsonFile, ExerciseScoreJson.write(score), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return fail(err, jsonFile + ": cannot write: " + UserMessages.describe(e));
                }
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(ExerciseScoreSummary.format(score));
            stdout.println();
            stdout.println("Wrote " + html + (record.closedCleanly() ? ""
                    : " (the record was not closed cleanly: the run stopped early)"));
            stdout.flush();
            return 0;
        } catch (RecordException e) {
            return fail(err, e.getMessage());
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("icsdrill report: " + message);
        err.flush();
        return 1;
    }
}
