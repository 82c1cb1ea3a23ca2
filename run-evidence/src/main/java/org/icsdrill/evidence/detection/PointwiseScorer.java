package org.icsdrill.evidence.detection;

import java.util.BitSet;
import java.util.List;

/**
 * Point-wise precision, recall and F1 over the plant-seconds of the run, the classic measure of the
 * HAI and SWaT benchmarks. Convention: a second {@code [t, t + 1 s)} of {@code labels.csv} is
 * predicted-attack when at least one alert's time falls in it; it is actual-attack when its
 * {@code attack} label is 1. Alerts outside the labelled span are not counted, and the tolerance
 * does not apply here (it widens only the per-attack detection window).
 */
public final class PointwiseScorer {

    private PointwiseScorer() {
    }

    /** The seconds that hold at least one alert. */
    public static BitSet predictedSeconds(LabelSeries labels, List<Alert> alerts) {
        return predictedSeconds(labels, alerts, 1);
    }

    /** Each alert marks {@code holdSeconds} plant-seconds from its own (at least its own), within the run. */
    public static BitSet predictedSeconds(LabelSeries labels, List<Alert> alerts, int holdSeconds) {
        BitSet predicted = new BitSet(labels.seconds());
        int hold = Math.max(1, holdSeconds);
        for (Alert alert : alerts) {
            int second = labels.secondOf(alert.time());
            if (second >= 0) {
                predicted.set(second, Math.min(labels.seconds(), second + hold));
            }
        }
        return predicted;
    }

    public static PointwiseScore score(LabelSeries labels, BitSet predicted) {
        BitSet actual = labels.attack();
        BitSet tp = (BitSet) predicted.clone();
        tp.and(actual);
        BitSet fp = (BitSet) predicted.clone();
        fp.andNot(actual);
        BitSet fn = (BitSet) actual.clone();
        fn.andNot(predicted);
        int truePositives = tp.cardinality();
        int falsePositives = fp.cardinality();
        int falseNegatives = fn.cardinality();
        return new PointwiseScore(truePositives, falsePositives, falseNegatives,
                labels.seconds() - truePositives - falsePositives - falseNegatives);
    }
}
