package org.icsdrill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.icsdrill.evidence.record.ExerciseRecord;
import org.icsdrill.evidence.record.ExportCsv;
import org.icsdrill.evidence.record.RecordException;
import org.icsdrill.evidence.record.RecordReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * Exports a run's exercise record ({@code RUN/record.sqlite}): as a data set, CSV in the HAI/SWaT layout
 * (docs/record.md), or as the incident, one STIX 2.1 bundle (docs/sharing.md). A missing or unreadable record,
 * or a trainees' bundle the trainees did not approve, is one line and exit 1.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a run's exercise record (RUN/record.sqlite) as CSV in the HAI/SWaT layout: one row per"
                + " plant-second, a column per tag, then attack and <plant>_attack labels (docs/record.md);"
                + " or, with --format stix, the incident as one STIX 2.1 bundle (docs/sharing.md)."})
final class ExportCommand implements Callable<Integer> {

    enum Format { csv, stix }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "The --out directory of 'icsdrill run --scenario'.")
    private Path run;

    @Option(names = "--format", paramLabel = "csv|stix", defaultValue = "csv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--values", paramLabel = "view|true|both", defaultValue = "view",
            converter = ValuesConverter.class,
            description = "Tag values: the network view (what clients read), the true values, or both"
                    + " (default ${DEFAULT-VALUE}).")
    private ExportCsv.Values values;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @CommandLine.ArgGroup(exclusive = false, heading = "STIX (--format stix):%n")
    private StixArguments stix = new StixArguments();

    static final class ValuesConverter implements CommandLine.ITypeConverter<ExportCsv.Values> {
        @Override
        public ExportCsv.Values convert(String text) {
            try {
                return ExportCsv.Values.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected view, true or both, got '" + text + "'");
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        if (format != Format.stix && stix.given()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--view, --org, --anonymise, --tlp, --draft,"
                    + " --alerts and --tool are for --format stix");
        }
        Path file = Files.isDirectory(run) ? run.resolve(ExerciseRecord.FILE) : run;
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("icsdrill export: no exercise record " + file);
            err.flush();
            return 1;
        }
        try (RecordReader record = RecordReader.open(file)) {
            if (format == Format.stix) {
                return StixOutput.write(record, stix.options(spec.commandLine()), out, spec.commandLine());
            }
            long rows;
            if (out == null) {
                rows = ExportCsv.write(record, values, spec.commandLine().getOut());
            } else {
                try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    rows = ExportCsv.write(record, values, writer);
                }
                spec.commandLine().getOut().println("Wrote " + rows + " rows to " + out
                        + (record.closedCleanly() ? "" : " (the record was not closed cleanly: the run stopped early)"));
            }
        } catch (RecordException e) {
            err.println("icsdrill export: " + e.getMessage());
            err.flush();
            return 1;
        }
        return 0;
    }
}
