package org.icsdrill.evidence.detection;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything the scorer found for one run and one alert file.
 *
 * @param alertsOutsideRun alerts before the first or after the last labelled second
 * @param warnings things the user should know that do not stop scoring (e.g. an unknown attack id)
 * @param clock which clock the alerts were on and how they were put on plant time
 */
public record RunScore(Path run, AlertFile alerts, ScoreOptions options, LabelSeries labels,
        List<AttackDetection> detections, PointwiseScore pointwise, EtaprScore etapr, FalseAlarmScore falseAlarms,
        int alertsOutsideRun, List<String> warnings, ClockPlacement clock) {

    public RunScore {
        detections = List.copyOf(detections);
        warnings = List.copyOf(warnings);
    }

    public long detectedCount() {
        return detections.stream().filter(AttackDetection::detected).count();
    }

    /** Mean time to detect over the detected attacks, in seconds; empty when none was detected. */
    public OptionalDouble meanTimeToDetectSeconds() {
        return detections.stream().map(AttackDetection::timeToDetect).flatMap(Optional::stream)
                .mapToDouble(d -> d.toNanos() / 1e9).average();
    }

    public Duration tolerance() {
        return options.tolerance();
    }
}
