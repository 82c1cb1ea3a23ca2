package org.icsdrill.evidence.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per attack: detected or missed, and the time to detect. An attack is detected by the first alert
 * whose time lies in {@code [start, end + tolerance]} (both ends included); the time to detect is
 * that alert's time minus the start. An alert that names an attack (the CSV's {@code attack_id})
 * counts only for that attack; an alert that names none counts for every attack whose window holds
 * it, so one alert may detect two overlapping attacks.
 */
public final class DetectionScorer {

    private DetectionScorer() {
    }

    /** Alerts must be in time order, as {@link AlertFile} keeps them. */
    public static List<AttackDetection> score(List<AttackWindow> attacks, List<Alert> alerts, Duration tolerance) {
        List<AttackDetection> detections = new ArrayList<>(attacks.size());
        for (AttackWindow attack : attacks) {
            Optional<Alert> first = Optional.empty();
            int inWindow = 0;
            for (Alert alert : alerts) {
                if (inWindow(alert, attack, tolerance) && countsFor(alert, attack)) {
                    if (first.isEmpty()) {
                        first = Optional.of(alert);
                    }
                    inWindow++;
                }
            }
            detections.add(new AttackDetection(attack, first, inWindow));
        }
        return List.copyOf(detections);
    }

    static boolean inWindow(Alert alert, AttackWindow attack, Duration tolerance) {
        Instant last = attack.end().plus(tolerance);
        return !alert.time().isBefore(attack.start()) && !alert.time().isAfter(last);
    }

    private static boolean countsFor(Alert alert, AttackWindow attack) {
        return alert.attackId().map(attack.id()::equals).orElse(true);
    }
}
