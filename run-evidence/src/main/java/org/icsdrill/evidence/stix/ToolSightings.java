package org.icsdrill.evidence.stix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icsdrill.evidence.detection.Alert;
import org.icsdrill.evidence.detection.AttackDetection;
import org.icsdrill.evidence.detection.RunScore;
import org.icsdrill.evidence.detection.RunScorer;
import org.icsdrill.evidence.detection.ScoreInputException;
import org.icsdrill.evidence.detection.ScoreOptions;
import org.icsdrill.evidence.record.RecordReader;

/**
 * A detection tool's sightings: its alerts scored against the run's ground truth as {@code icsdrill score} does
 * (docs/scoring.md, default options), each attack it detected a sighting at its first alert, counting the
 * alerts in the attack's window.
 */
final class ToolSightings {

    private ToolSightings() {
    }

    static List<IncidentFacts.Sighting> of(RecordReader record, StixOptions.Alerts alerts, StixTexts texts) {
        RunScore score;
        try {
            score = RunScorer.score(record.file().toAbsolutePath().getParent(), alerts.file(), ScoreOptions.DEFAULTS);
        } catch (ScoreInputException e) {
            throw new StixException(e.getMessage());
        }
        List<IncidentFacts.Sighting> sightings = new ArrayList<>();
        for (AttackDetection d : score.detections()) {
            if (d.firstAlert().isEmpty()) {
                continue;
            }
            Alert first = d.firstAlert().get();
            double at = Duration.between(record.startTime(), first.time()).toMillis() / 1000.0;
            sightings.add(new IncidentFacts.Sighting(at, alerts.tool(), true, Math.max(1, d.alertsInWindow()),
                    Optional.of(d.attack().technique()).filter(t -> !t.isBlank()),
                    texts.get("sighting.tool", alerts.tool(), d.attack().id(), d.attack().technique(),
                            String.valueOf(Math.max(1, d.alertsInWindow())), first.signature().orElse("-"))));
        }
        return sightings;
    }
}
