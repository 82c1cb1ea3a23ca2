package org.icsdrill.evidence.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;

/**
 * False alarms per hour of normal operation. Conventions:
 * <ul>
 * <li>normal operation is every plant-second labelled {@code attack=0} whose start lies outside
 * every attack's tolerance tail {@code [end, end + tolerance)}: the tail belongs to the attack,
 * since an alert there may still detect it;</li>
 * <li>a false alarm is an alert (counted per alert, not per second) that falls in a normal second
 * and outside every {@code [start, end + tolerance]} window; alerts outside the labelled span are
 * not counted;</li>
 * <li>the rate is false alarms divided by normal seconds / 3600;</li>
 * <li>a second outside the attacks and their tails in which some plant was labelled impacted (it deviated
 * because of another plant's attack or fault, docs/coupling.md) is not normal operation: an alert there is
 * counted apart, as raised on an impacted plant, neither a true nor a false positive.</li>
 * </ul>
 */
public final class FalseAlarmScorer {

    private FalseAlarmScorer() {
    }

    public static FalseAlarmScore score(LabelSeries labels, List<AttackWindow> attacks, List<Alert> alerts,
            Duration tolerance) {
        BitSet normal = new BitSet(labels.seconds());
        BitSet impacted = new BitSet(labels.seconds());
        for (int second = 0; second < labels.seconds(); second++) {
            if (!labels.isAttack(second) && !inTail(labels.start().plusSeconds(second), attacks, tolerance)) {
                (labels.isImpact(second) ? impacted : normal).set(second);
            }
        }
        int falseAlarms = 0;
        int impactAlerts = 0;
        BitSet falseSeconds = new BitSet(labels.seconds());
        for (Alert alert : alerts) {
            int second = labels.secondOf(alert.time());
            if (second < 0 || attacks.stream().anyMatch(a -> DetectionScorer.inWindow(alert, a, tolerance))) {
                continue;
            }
            if (normal.get(second)) {
                falseAlarms++;
                falseSeconds.set(second);
            } else if (impacted.get(second)) {
                impactAlerts++;
            }
        }
        return new FalseAlarmScore(falseAlarms, falseSeconds.cardinality(), normal.cardinality(), impactAlerts,
                impacted.cardinality());
    }

    private static boolean inTail(Instant time, List<AttackWindow> attacks, Duration tolerance) {
        for (AttackWindow attack : attacks) {
            if (!time.isBefore(attack.end()) && time.isBefore(attack.end().plus(tolerance))) {
                return true;
            }
        }
        return false;
    }
}
