package org.icsdrill.evidence.detection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.icsdrill.core.output.Compression;

/**
 * Scores a detection tool's alerts against a run's ground truth: reads the files, puts the alerts on
 * plant time ({@link AlertPlacer}: a live sensor's wall-clock alerts through the run's clock record),
 * runs every measure.
 */
public final class RunScorer {

    /** The files of a run the scorer reads. */
    public static final String LABELS = "labels.csv";
    public static final String ATTACKS = "attacks.jsonl";

    private RunScorer() {
    }

    /** Reads the run directory and the alert file, then scores. */
    public static RunScore score(Path run, Path alertFile, ScoreOptions options) throws ScoreInputException {
        GroundTruth truth = readRun(run);
        AlertPlacer.Placed placed = AlertPlacer.place(run, AlertReader.read(alertFile), truth.labels(), options);
        return score(run, truth, placed.alerts(), options, placed.placement());
    }

    /**
     * Reads {@code labels.csv} and {@code attacks.jsonl} of a run's {@code --out} directory, each plain or
     * compressed as a long run writes it ({@code labels.csv.zst}).
     */
    public static GroundTruth readRun(Path run) throws ScoreInputException {
        if (!Files.isDirectory(run)) {
            throw ScoreInputException.of(run, Files.exists(run) ? "not a directory; expected the --out directory of"
                    + " 'icsdrill run --scenario'" : "no such run directory");
        }
        Path labels = file(run, LABELS);
        Path attacks = file(run, ATTACKS);
        return new GroundTruth(LabelsReader.read(labels), AttacksReader.read(attacks));
    }

    /** The run's file {@code name}, or its compressed form ({@link Compression#find}). */
    private static Path file(Path run, String name) throws ScoreInputException {
        return Compression.find(run.resolve(name)).orElseThrow(() -> ScoreInputException.of(run, "no " + name
                + "; expected the --out directory of 'icsdrill run --scenario'"));
    }

    /** Scores alerts already on plant time. */
    public static RunScore score(Path run, GroundTruth truth, AlertFile alerts, ScoreOptions options) {
        return score(run, truth, alerts, options, ClockPlacement.plant(ClockPlacement.ChosenBy.OPTION));
    }

    private static RunScore score(Path run, GroundTruth truth, AlertFile alerts, ScoreOptions options,
                                  ClockPlacement placement) {
        LabelSeries labels = truth.labels();
        BitSet predicted = PointwiseScorer.predictedSeconds(labels, alerts.alerts(),
                (int) Math.ceil(options.alertHold().toNanos() / 1e9));
        int outside = (int) alerts.alerts().stream().filter(a -> labels.secondOf(a.time()) < 0).count();
        return new RunScore(run, alerts, options, labels,
                DetectionScorer.score(truth.attacks(), alerts.alerts(), options.tolerance()),
                PointwiseScorer.score(labels, predicted),
                Etapr.score(SecondRange.runsOf(labels.attack()), SecondRange.runsOf(predicted), options.etapr()),
                FalseAlarmScorer.score(labels, truth.attacks(), alerts.alerts(), options.tolerance()),
                outside, warnings(truth, alerts), placement);
    }

    private static List<String> warnings(GroundTruth truth, AlertFile alerts) {
        List<String> warnings = new ArrayList<>();
        Set<String> ids = truth.attacks().stream().map(AttackWindow::id).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        alerts.alerts().forEach(a -> a.attackId().filter(id -> !ids.contains(id)).ifPresent(unknown::add));
        if (!unknown.isEmpty()) {
            warnings.add("alerts name attacks the run does not have: " + String.join(", ", unknown)
                    + "; they detect no attack");
        }
        if (alerts.alerts().isEmpty()) {
            warnings.add(alerts.file() + " holds no alerts");
        }
        return warnings;
    }
}
