package org.icsdrill.evidence.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Enhanced time-series aware precision and recall (eTaPR), a range-based measure that credits a
 * detector for finding each attack at all and for how much of it it covers, without letting a long
 * attack or one long alert burst dominate as point-wise scores do.
 *
 * <p>Sources: W.-S. Hwang, J.-H. Yun, J. Kim, H. C. Kim, "Time-Series Aware Precision and Recall
 * for Anomaly Detection: Considering Variety of Detection Result and Addressing Ambiguous
 * Labeling", CIKM 2019 (TaPR: detection and portion scores, the ambiguous section); and W.-S.
 * Hwang, J.-H. Yun, J. Kim, B.-G. Min, "Do you know existing accuracy metrics overrate time-series
 * anomaly detections?", ACM SAC 2022 (eTaPR: pruning of predictions and attacks that overlap too
 * little, square-root weights of predictions). Where the papers leave a detail open this class
 * follows the authors' reference implementation (the {@code eTaPR_pkg} Python package), and says
 * so below; it is written from the definitions, not translated from that code.
 *
 * <p>Time is the row index of labels.csv (one per plant-second). Attacks {@code A_i} are the
 * maximal runs of {@code attack=1}; predictions {@code P_j} are the maximal runs of seconds that
 * hold an alert. Then:
 * <pre>
 * ambiguous section  A'_i = [last(A_i) + 1, last(A_i) + 1 + floor(delta * (last(A_i) - first(A_i)))],
 *                    cut short before A_{i+1}; empty when delta = 0
 * overlap score      S(i,j) = |A_i ∩ P_j| + Σ_{t ∈ A'_i ∩ P_j} w(t),
 *                    w(t) = 1 / (1 + e^x), x = -6 + 12 (t - first(A'_i)) / (last(A'_i) - first(A'_i))
 *                    (a sigmoid decaying from about 1 to about 0 across the section; as in the reference
 *                    implementation a one-second section adds nothing)
 * pruning            repeat until nothing changes:
 *                      zero row i    when 0 &lt; Σ_j S(i,j) / |A_i| &lt; theta_r   (an attack barely touched)
 *                      zero column j when 0 &lt; Σ_i S(i,j) / |P_j| &lt; theta_p   (a prediction mostly outside attacks)
 *                    S' is the matrix after pruning
 * recall             p_i = min(1, Σ_j S'(i,j) / |A_i|),  d_i = 1 if p_i &gt; 0 and p_i ≥ theta_r else 0
 *                    eTaR_d = mean_i d_i,  eTaR_p = mean_i p_i,  eTaR = mean_i d_i (1 + p_i) / 2
 * precision          q_j = Σ_i S'(i,j) / |P_j|,  c_j = 1 if q_j &gt; 0 and q_j ≥ theta_p else 0,  w_j = √|P_j|
 *                    eTaP_d = Σ w_j c_j / Σ w_j,  eTaP_p = Σ w_j q_j / Σ w_j,  eTaP = Σ w_j c_j (1 + q_j) / 2 / Σ w_j
 * F1                 2 eTaP eTaR / (eTaP + eTaR)
 * </pre>
 * Deviations from the reference implementation, both at edges: a score of 0 never counts as
 * detected or correct (with theta 0 the reference counts untouched attacks as detected), and an
 * ambiguous section is cut before the next attack's first second (the reference can keep one second
 * of overlap). With no attacks or no predictions every score is 0.
 */
public final class Etapr {

    private Etapr() {
    }

    public static EtaprScore score(List<SecondRange> anomalies, List<SecondRange> predictions,
            EtaprParameters parameters) {
        int n = anomalies.size();
        int m = predictions.size();
        if (n == 0 || m == 0) {
            return new EtaprScore(parameters, 0, 0, 0, 0, 0, 0, 0, anomalies, predictions, List.of(), List.of());
        }
        List<SecondRange> ambiguous = ambiguousSections(anomalies, parameters.delta());
        double[][] overlap = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                overlap[i][j] = overlapScore(anomalies.get(i), ambiguous.get(i), predictions.get(j));
            }
        }
        prune(overlap, anomalies, predictions, parameters);

        // recall: per attack
        double detection = 0;
        double portion = 0;
        double recall = 0;
        List<Integer> detected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double p = Math.min(1.0, rowSum(overlap, i) / anomalies.get(i).length());
            double d = p > 0 && p >= parameters.thetaR() ? 1.0 : 0.0;
            if (d > 0) {
                detected.add(i);
            }
            detection += d;
            portion += p;
            recall += d * (1 + p) / 2;
        }

        // precision: per prediction, weighted by the square root of its length
        double totalWeight = 0;
        double precisionDetection = 0;
        double precisionPortion = 0;
        double precision = 0;
        List<Integer> correct = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            double weight = Math.sqrt(predictions.get(j).length());
            double q = Math.min(1.0, columnSum(overlap, j) / predictions.get(j).length());
            double c = q > 0 && q >= parameters.thetaP() ? 1.0 : 0.0;
            if (c > 0) {
                correct.add(j);
            }
            totalWeight += weight;
            precisionDetection += weight * c;
            precisionPortion += weight * q;
            precision += weight * c * (1 + q) / 2;
        }
        double eTaR = recall / n;
        double eTaP = precision / totalWeight;
        return new EtaprScore(parameters, eTaP, precisionDetection / totalWeight, precisionPortion / totalWeight,
                eTaR, detection / n, portion / n, harmonicMean(eTaP, eTaR), anomalies, predictions, detected,
                correct);
    }

    /** 2ab / (a + b), 0 when both are 0. */
    static double harmonicMean(double a, double b) {
        return a + b == 0 ? 0.0 : 2 * a * b / (a + b);
    }

    /** The section after each attack whose detection still earns decaying credit; null when empty. */
    static List<SecondRange> ambiguousSections(List<SecondRange> anomalies, double delta) {
        List<SecondRange> sections = new ArrayList<>(anomalies.size());
        for (int i = 0; i < anomalies.size(); i++) {
            SecondRange anomaly = anomalies.get(i);
            int first = anomaly.last() + 1;
            int last = first + (int) Math.floor(delta * (anomaly.last() - anomaly.first()));
            if (i + 1 < anomalies.size()) {
                last = Math.min(last, anomalies.get(i + 1).first() - 1);
            }
            // a section of fewer than two seconds has no slope to decay along (as the reference implementation)
            sections.add(last > first ? new SecondRange(first, last) : null);
        }
        return sections;
    }

    /** S(i,j): the seconds of the attack the prediction covers, plus decaying credit in its ambiguous section. */
    static double overlapScore(SecondRange anomaly, SecondRange ambiguous, SecondRange prediction) {
        double score = intersection(anomaly, prediction);
        if (ambiguous != null) {
            int from = Math.max(ambiguous.first(), prediction.first());
            int to = Math.min(ambiguous.last(), prediction.last());
            double span = ambiguous.last() - ambiguous.first();
            for (int t = from; t <= to; t++) {
                double x = -6 + 12 * (t - ambiguous.first()) / span;
                score += 1 / (1 + Math.exp(x));
            }
        }
        return score;
    }

    private static int intersection(SecondRange a, SecondRange b) {
        return Math.max(0, Math.min(a.last(), b.last()) - Math.max(a.first(), b.first()) + 1);
    }

    /** eTaPR's pruning: drop attacks touched below theta_r and predictions inside attacks below theta_p, until stable. */
    private static void prune(double[][] overlap, List<SecondRange> anomalies, List<SecondRange> predictions,
            EtaprParameters parameters) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < overlap.length; i++) {
                double share = rowSum(overlap, i) / anomalies.get(i).length();
                if (share > 0 && share < parameters.thetaR()) {
                    java.util.Arrays.fill(overlap[i], 0.0);
                    changed = true;
                }
            }
            for (int j = 0; j < predictions.size(); j++) {
                double share = columnSum(overlap, j) / predictions.get(j).length();
                if (share > 0 && share < parameters.thetaP()) {
                    for (double[] row : overlap) {
                        row[j] = 0.0;
                    }
                    changed = true;
                }
            }
        }
    }

    private static double rowSum(double[][] overlap, int i) {
        double sum = 0;
        for (double v : overlap[i]) {
            sum += v;
        }
        return sum;
    }

    private static double columnSum(double[][] overlap, int j) {
        double sum = 0;
        for (double[] row : overlap) {
            sum += row[j];
        }
        return sum;
    }
}
