package org.icsdrill.plants.chemical;

import static org.assertj.core.api.Assertions.assertThat;

import org.icsdrill.core.plant.PlantStatus;
import org.junit.jupiter.api.Test;

/**
 * Loss of cooling with the feed still running: the book's reactor runs away within seconds (at the
 * operating point the jacket removes heat worth about 105 K/min). The SIS must stop it; without the
 * SIS the relief valve lifts but cannot cope, and the vessel ruptures.
 */
class RunawayTest {

    /** Times in plant seconds at which things first happened, or -1. */
    private record Timeline(double trip, double reliefLift, double rupture, double peakTemperature,
                            double peakPressure, PlantStatus finalStatus) {
    }

    private static Timeline coolantValveClosedInManual(boolean bypassSis) {
        PlantHarness h = new PlantHarness(11);
        if (bypassSis) {
            h.bypassSafety();
        }
        h.write(ChemicalTag.TIC101_AUTO, 0);
        h.write(ChemicalTag.TV101, 0);
        double trip = -1;
        double lift = -1;
        double rupture = -1;
        double peakT = 0;
        double peakP = 0;
        for (int i = 0; i < 6000; i++) {
            h.step();
            double t = h.time();
            peakT = Math.max(peakT, h.truth(ChemicalTag.TT101));
            peakP = Math.max(peakP, h.truth(ChemicalTag.PT101));
            if (trip < 0 && h.truth(ChemicalTag.SIS_TRIP) > 0.5) {
                trip = t;
            }
            if (lift < 0 && h.truth(ChemicalTag.PSV101) > 0.5) {
                lift = t;
            }
            if (rupture < 0 && h.status() == PlantStatus.DAMAGED) {
                rupture = t;
            }
        }
        Timeline timeline = new Timeline(trip, lift, rupture, peakT, peakP, h.status());
        System.out.println((bypassSis ? "SIS bypassed: " : "SIS active: ") + timeline);
        return timeline;
    }

    @Test
    void sisTripsAndPreventsRupture() {
        Timeline run = coolantValveClosedInManual(false);
        assertThat(run.trip()).as("trip time").isBetween(5.0, 60.0);
        assertThat(run.rupture()).isEqualTo(-1);
        assertThat(run.peakPressure()).isLessThan(EquipmentParameters.STANDARD.burstPressure());
        assertThat(run.peakTemperature()).as("it did run away before the trip took hold").isGreaterThan(365);
        assertThat(run.finalStatus()).isEqualTo(PlantStatus.TRIPPED);
    }

    @Test
    void withTheSisBypassedTheReliefLiftsAndTheVesselRuptures() {
        Timeline run = coolantValveClosedInManual(true);
        assertThat(run.trip()).isEqualTo(-1);
        assertThat(run.reliefLift()).as("relief lift time").isPositive();
        assertThat(run.rupture()).as("rupture time").isGreaterThan(run.reliefLift());
        assertThat(run.finalStatus()).isEqualTo(PlantStatus.DAMAGED);
    }

    @Test
    void ruptureIsReportedAsDamageAndOnTheRuptureTag() {
        PlantHarness h = new PlantHarness(12);
        h.bypassSafety();
        h.write(ChemicalTag.TIC101_AUTO, 0);
        h.write(ChemicalTag.TV101, 0);
        h.simulation.advance(java.time.Duration.ofMinutes(10));
        assertThat(h.status()).isEqualTo(PlantStatus.DAMAGED);
        assertThat(h.viewed(ChemicalTag.XS101)).isEqualTo(1);
    }

    @Test
    void aTripAloneIsNotDamage() {
        PlantHarness h = new PlantHarness(13);
        h.write(ChemicalTag.SIS_TSHH201, 340);
        h.simulation.advance(java.time.Duration.ofMinutes(10));
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);
        assertThat(h.viewed(ChemicalTag.XS101)).isZero();
    }
}
