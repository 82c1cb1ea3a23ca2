package org.icsdrill.plants.gas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.icsdrill.core.plant.PlantStatus;
import org.junit.jupiter.api.Test;

/** Damage only along the intended paths: sustained overspeed with the SIS bypassed, or overpressure. */
class DamageTest {

    /** Times in plant seconds at which things first happened, or -1. */
    private record Timeline(double trip, double damaged, double fatigue, PlantStatus finalStatus) {
    }

    /** The Stuxnet attack: the drive written to 1410 Hz and held there for half an hour. */
    private static Timeline driveHeldAt1410Hz(boolean bypassSis) {
        GasHarness h = new GasHarness(31);
        if (bypassSis) {
            h.bypassSafety();
        }
        h.driveInManualAt(1410);
        double trip = -1;
        double damaged = -1;
        long ticks = Duration.ofMinutes(30).toMillis() / 100;
        for (long i = 0; i < ticks; i++) {
            h.step();
            if (trip < 0 && h.truth(GasTag.SIS_TRIP) > 0.5) {
                trip = h.time();
            }
            if (damaged < 0 && h.status() == PlantStatus.DAMAGED) {
                damaged = h.time();
            }
        }
        Timeline timeline = new Timeline(trip, damaged, h.truth(GasTag.K101_FATIGUE), h.status());
        System.out.println("1410 Hz, " + (bypassSis ? "SIS bypassed: " : "SIS active: ") + timeline);
        return timeline;
    }

    @Test
    void at1410HzWithTheTripsBypassedTheRotorFailsByFatigue() {
        Timeline run = driveHeldAt1410Hz(true);
        assertThat(run.trip()).isEqualTo(-1);
        assertThat(run.damaged()).as("seconds to rotor failure").isBetween(15 * 60.0, 30 * 60.0);
        assertThat(run.finalStatus()).isEqualTo(PlantStatus.DAMAGED);
    }

    @Test
    void at1410HzTheOverspeedTripComesFirstAndNothingBreaks() {
        Timeline run = driveHeldAt1410Hz(false);
        assertThat(run.trip()).isBetween(20.0, 40.0);
        assertThat(run.damaged()).isEqualTo(-1);
        assertThat(run.fatigue()).isLessThan(1e-3);
        assertThat(run.finalStatus()).isEqualTo(PlantStatus.TRIPPED);
    }

    @Test
    void rotorFailureIsReportedOnItsTagAndStopsTheCompressor() {
        GasHarness h = new GasHarness(32);
        h.bypassSafety();
        h.driveInManualAt(1410);
        h.advance(Duration.ofMinutes(25));
        assertThat(h.viewed(GasTag.K101_XS101)).isEqualTo(1);
        assertThat(h.truth(GasTag.K101_FT101)).isZero();
        assertThat(h.truth(GasTag.K101_VT101)).isGreaterThan(20);
        assertThat(h.plant.view().status()).isEqualTo(PlantStatus.DAMAGED);
        assertThat(h.viewed(GasTag.PRS1_XS301)).as("the network is fine").isZero();
    }

    @Test
    void withTheSlamShutBypassedAFailedOpenRegulatorDamagesTheNetwork() {
        GasHarness h = new GasHarness(33);
        h.bypassSafety();
        h.write(GasTag.PRS1_PIC301_AUTO, 0);
        h.write(GasTag.PRS1_PV301, 100);
        double reliefAt = -1;
        double damagedAt = -1;
        for (int i = 0; i < 12_000 && damagedAt < 0; i++) {
            h.step();
            if (reliefAt < 0 && h.truth(GasTag.PRS1_PSV301) > 0.5) {
                reliefAt = h.time();
            }
            if (h.status() == PlantStatus.DAMAGED) {
                damagedAt = h.time();
            }
        }
        System.out.printf("regulator open, slam-shut bypassed: relief lifts at %.0f s, network damaged at %.0f s%n",
                reliefAt, damagedAt);
        assertThat(reliefAt).as("the token relief lifts but cannot cope").isPositive();
        assertThat(damagedAt).isGreaterThan(reliefAt);
        assertThat(h.viewed(GasTag.PRS1_XS301)).isEqualTo(1);
        assertThat(h.viewed(GasTag.K101_XS101)).as("the compressor is fine").isZero();
    }
}
