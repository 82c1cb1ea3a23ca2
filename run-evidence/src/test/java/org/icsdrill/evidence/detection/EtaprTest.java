package org.icsdrill.evidence.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** eTaPR on cases small enough to compute by hand; the arithmetic is in the comments. */
class EtaprTest {

    private static final double EPS = 1e-9;

    private static SecondRange r(int first, int last) {
        return new SecondRange(first, last);
    }

    /** w(t) = 1 / (1 + e^x), x = -6 + 12 k / span for the k-th second of an ambiguous section. */
    private static double w(int k, int span) {
        return 1 / (1 + Math.exp(-6 + 12.0 * k / span));
    }

    @Test
    void rangesAreTheMaximalRunsOfSetSeconds() {
        BitSet bits = new BitSet();
        bits.set(2);
        bits.set(5, 7);
        bits.set(9, 12);
        assertThat(SecondRange.runsOf(bits)).containsExactly(r(2, 2), r(5, 6), r(9, 11));
        assertThat(SecondRange.runsOf(new BitSet())).isEmpty();
    }

    @Test
    void aPredictionMostlyOutsideTheAttackIsPrunedAndEarnsNothing() {
        // A [0,9] (10 s); P0 [9,18] (10 s, overlaps 1 s), P1 [2,3] (2 s, inside)
        // pass 1: row share (1 + 2) / 10 = 0.3 >= 0.1 keeps A; column P0 1/10 = 0.1 < theta_p 0.5 -> P0 zeroed;
        //         column P1 2/2 = 1 kept. pass 2: row share 2/10 = 0.2 kept; nothing changes.
        // recall: p = 0.2, d = 1 -> eTaR = (1 + 0.2) / 2 = 0.6, eTaR_d = 1, eTaR_p = 0.2
        // precision: weights √10, √2; q = (0, 1), c = (0, 1) -> eTaP = √2 / (√10 + √2) = 0.309017
        EtaprScore e = Etapr.score(List.of(r(0, 9)), List.of(r(9, 18), r(2, 3)), EtaprParameters.DEFAULTS);

        double etap = Math.sqrt(2) / (Math.sqrt(10) + Math.sqrt(2));
        assertThat(e.recall()).isCloseTo(0.6, within(EPS));
        assertThat(e.recallDetection()).isCloseTo(1.0, within(EPS));
        assertThat(e.recallPortion()).isCloseTo(0.2, within(EPS));
        assertThat(e.precision()).isCloseTo(etap, within(EPS));
        assertThat(e.precisionDetection()).isCloseTo(etap, within(EPS));
        assertThat(e.correctPredictions()).containsExactly(1);
        assertThat(e.f1()).isCloseTo(2 * 0.6 * etap / (0.6 + etap), within(EPS));
    }

    @Test
    void anAttackTouchedBelowThetaRIsPrunedAndNotDetected() {
        // A0 [0,19] (20 s) touched by P [19,20] for 1 s: row share 1/20 = 0.05 < theta_r 0.1 -> row zeroed;
        // A1 [20,21] covered 1 s of 2: share 0.5 kept. Column P: (0 + 1) / 2 = 0.5 >= 0.5 kept.
        // eTaR = (0 + 1 * (1 + 0.5) / 2) / 2 = 0.375; eTaP = 1 * (1 + 0.5) / 2 = 0.75
        EtaprScore e = Etapr.score(List.of(r(0, 19), r(20, 21)), List.of(r(19, 20)), EtaprParameters.DEFAULTS);

        assertThat(e.detectedAnomalies()).containsExactly(1);
        assertThat(e.recall()).isCloseTo(0.375, within(EPS));
        assertThat(e.precision()).isCloseTo(0.75, within(EPS));
    }

    @Test
    void theAmbiguousSectionGivesDecayingCredit() {
        // A [0,9], delta 0.5 -> A' = [10, 10 + floor(0.5 * 9)] = [10,14], span 4; P [8,12] (5 s)
        // S = |[8,9]| + w(10) + w(11) + w(12) = 2 + 0.997527 + 0.952574 + 0.5 = 4.450102
        // recall: p = 4.450102 / 10 = 0.445010 -> eTaR = (1 + 0.445010) / 2 = 0.722505
        // precision: q = 4.450102 / 5 = 0.890020 -> eTaP = (1 + 0.890020) / 2 = 0.945010
        EtaprScore e = Etapr.score(List.of(r(0, 9)), List.of(r(8, 12)), new EtaprParameters(0.5, 0.1, 0.5));

        double s = 2 + w(0, 4) + w(1, 4) + w(2, 4);
        assertThat(s).isCloseTo(4.450102, within(1e-6));
        assertThat(e.recall()).isCloseTo((1 + s / 10) / 2, within(EPS));
        assertThat(e.precision()).isCloseTo((1 + s / 5) / 2, within(EPS));

        // without the section (delta 0) the same prediction scores S = 2: eTaR (1 + 0.2) / 2 = 0.6,
        // q = 2/5 = 0.4 < theta_p 0.5 -> pruned, and then the attack is not detected either
        EtaprScore plain = Etapr.score(List.of(r(0, 9)), List.of(r(8, 12)), EtaprParameters.DEFAULTS);
        assertThat(plain.recall()).isZero();
        assertThat(plain.precision()).isZero();
    }

    @Test
    void anAmbiguousSectionStopsBeforeTheNextAttack() {
        // A0 [0,9] with delta 0.5 would reach 14, but A1 starts at 12: A0' = [10,11]; A1 [12,20] -> [21, 21 + 4]
        assertThat(Etapr.ambiguousSections(List.of(r(0, 9), r(12, 20)), 0.5))
                .containsExactly(r(10, 11), r(21, 25));
        // a one-second section gives no credit (as the reference implementation): A0 [0,2], delta 0.5 -> [3,4];
        // A0 [0,1], delta 0.5 -> [2, 2 + 0] -> none
        assertThat(Etapr.ambiguousSections(List.of(r(0, 1)), 0.5)).containsExactly((SecondRange) null);
        assertThat(Etapr.ambiguousSections(List.of(r(0, 9)), 0.0)).containsExactly((SecondRange) null);
    }

    @Test
    void nothingToCompareScoresZero() {
        assertThat(Etapr.score(List.of(), List.of(r(0, 1)), EtaprParameters.DEFAULTS).f1()).isZero();
        assertThat(Etapr.score(List.of(r(0, 1)), List.of(), EtaprParameters.DEFAULTS).recall()).isZero();
    }

    @Test
    void parametersOutsideZeroToOneAreRejected() {
        assertThatThrownBy(() -> new EtaprParameters(1.5, 0.1, 0))
                .hasMessage("theta_p must be between 0 and 1, got 1.5");
        assertThatThrownBy(() -> new EtaprParameters(0.5, 0.1, -1)).hasMessageContaining("delta");
    }
}
