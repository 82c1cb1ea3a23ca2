package org.icsdrill.evidence.detection;

/**
 * The confusion counts over plant-seconds and what follows from them. A ratio whose denominator is
 * zero (nothing predicted, no attack second) is 0, the usual {@code zero_division=0} convention.
 */
public record PointwiseScore(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    /** TP / (TP + FP). */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** TP / (TP + FN). */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** 2 P R / (P + R), the harmonic mean. */
    public double f1() {
        return Etapr.harmonicMean(precision(), recall());
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }
}
