package org.icsdrill.evidence.detection;

import java.util.List;

/**
 * The eTaPR of one run (see {@link Etapr} for the formulas).
 *
 * @param precision eTaP
 * @param precisionDetection eTaP_d, the weighted share of correct predictions
 * @param precisionPortion eTaP_p, the weighted mean share of each prediction inside attacks
 * @param recall eTaR
 * @param recallDetection eTaR_d, the share of attacks detected
 * @param recallPortion eTaR_p, the mean share of each attack covered
 * @param f1 2 eTaP eTaR / (eTaP + eTaR)
 * @param anomalies the attack ranges (runs of {@code attack=1} seconds)
 * @param predictions the prediction ranges (runs of seconds with alerts)
 * @param detectedAnomalies indexes into {@code anomalies}
 * @param correctPredictions indexes into {@code predictions}
 */
public record EtaprScore(EtaprParameters parameters, double precision, double precisionDetection,
        double precisionPortion, double recall, double recallDetection, double recallPortion, double f1,
        List<SecondRange> anomalies, List<SecondRange> predictions, List<Integer> detectedAnomalies,
        List<Integer> correctPredictions) {

    public EtaprScore {
        anomalies = List.copyOf(anomalies);
        predictions = List.copyOf(predictions);
        detectedAnomalies = List.copyOf(detectedAnomalies);
        correctPredictions = List.copyOf(correctPredictions);
    }
}
