package org.icsdrill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.icsdrill.evidence.detection.AlertClock;
import org.icsdrill.evidence.detection.EtaprParameters;
import org.icsdrill.evidence.detection.RunScore;
import org.icsdrill.evidence.detection.RunScorer;
import org.icsdrill.evidence.detection.ScoreInputException;
import org.icsdrill.evidence.detection.ScoreJson;
import org.icsdrill.evidence.detection.ScoreOptions;
import org.icsdrill.evidence.detection.ScoreSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * Scores a detection tool's alerts against the ground truth of a headless run. Bad arguments are
 * usage errors (exit 2); a missing or malformed file is one line {@code file:line: message} (exit 1).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score a detection tool's alerts (Suricata EVE JSON or CSV timestamp[,attack_id]) against"
                + " the ground truth of a run: per attack detected and time to detect, point-wise precision, recall"
                + " and F1, eTaPR, false alarms per hour. The method is in docs/scoring.md."})
final class ScoreCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "The --out directory of 'icsdrill run --scenario'.")
    private Path run;

    @Option(names = "--alerts", required = true, paramLabel = "FILE",
            description = "Alerts: Suricata EVE JSON lines (event_type alert) or CSV timestamp[,attack_id].")
    private Path alerts;

    @Option(names = "--tolerance", paramLabel = "DURATION", defaultValue = "0s",
            converter = Converters.DurationConverter.class,
            description = "How long after an attack's end an alert still detects it (default ${DEFAULT-VALUE}).")
    private Duration tolerance;

    @Option(names = "--alert-hold", paramLabel = "DURATION", defaultValue = "0s",
            converter = Converters.DurationConverter.class,
            description = "For the point-wise and eTaPR scores, how long each alert counts as raised; 0 marks only"
                    + " its own second (default ${DEFAULT-VALUE}).")
    private Duration alertHold;

    @Option(names = "--alert-clock", paramLabel = "auto|wall|plant", defaultValue = "auto",
            description = "The clock of the alerts' timestamps: wall (a sensor on the live run), plant (a tool reading"
                    + " the run's files or capture), or auto: told by which of the run's spans they fall in"
                    + " (default ${DEFAULT-VALUE}).")
    private String alertClock;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "What to print on stdout: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the score as JSON to FILE.")
    private Path jsonFile;

    @Option(names = "--theta-p", paramLabel = "X", defaultValue = "0.5",
            description = "eTaPR: share of a prediction inside attacks for it to be correct (default ${DEFAULT-VALUE}).")
    private double thetaP;

    @Option(names = "--theta-r", paramLabel = "X", defaultValue = "0.1",
            description = "eTaPR: share of an attack covered for it to be detected (default ${DEFAULT-VALUE}).")
    private double thetaR;

    @Option(names = "--delta", paramLabel = "X", defaultValue = "0",
            description = "eTaPR: ambiguous section after an attack, as a share of its length (default ${DEFAULT-VALUE}).")
    private double delta;

    @Override
    public Integer call() {
        ScoreOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunScore score;
        try {
            score = RunScorer.score(run, alerts, options);
        } catch (ScoreInputException e) {
            err.println("icsdrill score: " + e.getMessage());
            err.flush();
            return 1;
        }
        String json = ScoreJson.write(score);
        if (jsonFile != null) {
            try {
                Files.writeString(jsonFile, json, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("icsdrill score: " + jsonFile + ": cannot write: " + UserMessages.describe(e));
                err.flush();
                return 1;
            }
        }
        out.print(format == Format.json ? json : ScoreSummary.format(score));
        out.flush();
        return 0;
    }

    private ScoreOptions options() {
        if (tolerance.isNegative()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--tolerance must not be negative");
        }
        try {
            return new ScoreOptions(tolerance, new EtaprParameters(thetaP, thetaR, delta)).withAlertHold(alertHold)
                    .withAlertClock(AlertClock.parse(alertClock));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
