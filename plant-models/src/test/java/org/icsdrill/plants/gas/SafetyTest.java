package org.icsdrill.plants.gas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.core.sim.WriteResult;
import org.junit.jupiter.api.Test;

/** Each safety function fires when its condition is forced, latches, and resets only once it has cleared. */
class SafetyTest {

    @Test
    void overspeedTripsTheDriveAndLatches() {
        GasHarness h = new GasHarness(21);
        h.driveInManualAt(1410);
        double tripTime = -1;
        double speedAtTrip = 0;
        for (int i = 0; i < 1200 && tripTime < 0; i++) {
            h.step();
            if (h.truth(GasTag.SIS_TRIP) > 0.5) {
                tripTime = h.time();
                speedAtTrip = h.truth(GasTag.SIS_ST201);
            }
        }
        System.out.printf("overspeed: trip after %.1f s at %.0f r/min%n", tripTime, speedAtTrip);
        assertThat(tripTime).as("trip time, s (ramp 1064 -> 1200 Hz at 5 Hz/s is 27 s)").isBetween(20.0, 40.0);
        // The SIS acts on its transmitter's reading (5 r/min noise), one scan after the sample.
        assertThat(speedAtTrip).isBetween(GasSis.OVERSPEED_LIMIT - 30, GasSis.OVERSPEED_LIMIT + 200);
        assertThat(h.truth(GasTag.SIS_XS201)).as("drive permissive").isZero();
        assertThat(h.truth(GasTag.SIS_XV301)).as("slam-shut unaffected").isEqualTo(1);

        h.advance(Duration.ofMinutes(2));
        assertThat(h.truth(GasTag.K101_ST101)).as("the drive coasted down").isLessThan(100);
        assertThat(h.truth(GasTag.K101_FV101)).as("recycle forced open by the PLC interlock").isEqualTo(100);
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);

        // The condition has cleared (the drive is stopped): still latched until someone resets.
        h.write(GasTag.K101_PIC201_AUTO, 1);
        h.write(GasTag.SIS_RESET, 1);
        h.step();
        h.step();
        assertThat(h.truth(GasTag.SIS_TRIP)).isZero();
        assertThat(h.truth(GasTag.SIS_RESET)).isZero();
        assertThat(h.status()).isEqualTo(PlantStatus.RUNNING);
        h.advance(Duration.ofMinutes(5));
        assertThat(h.truth(GasTag.K101_SC101)).as("pressure control restarts the drive")
                .isBetween(GasPlc.MIN_AUTO_FREQUENCY, GasPlc.MAX_AUTO_FREQUENCY);
        assertThat(h.truth(GasTag.K101_FATIGUE)).isLessThan(1e-3);
    }

    @Test
    void resetIsRefusedWhileTheDemandPersists() {
        GasHarness h = new GasHarness(22);
        h.write(GasTag.SIS_SSHH201, 15_000); // below the running speed: a standing demand
        h.step();
        h.step();
        assertThat(h.truth(GasTag.SIS_TRIP)).isEqualTo(1);
        h.write(GasTag.SIS_RESET, 1);
        h.step();
        assertThat(h.truth(GasTag.SIS_TRIP)).as("still above the limit while coasting").isEqualTo(1);
        assertThat(h.truth(GasTag.SIS_RESET)).isZero();
    }

    /**
     * Surge forced: anti-surge in manual with the recycle shut, and the drive pulled down to 800 Hz while
     * the line pack holds the discharge at 46 bar. The machine surges and the vibration trip fires.
     */
    @Test
    void surgeDrivesVibrationToTheTrip() {
        GasHarness h = new GasHarness(23);
        h.write(GasTag.K101_UIC101_AUTO, 0);
        h.write(GasTag.K101_FV101, 0);
        h.driveInManualAt(800);
        double surgeAt = -1;
        double tripAt = -1;
        double vibrationAtTrip = 0;
        for (int i = 0; i < 1200 && tripAt < 0; i++) {
            h.step();
            if (surgeAt < 0 && h.truth(GasTag.K101_XA101) > 0.5) {
                surgeAt = h.time();
            }
            if (h.truth(GasTag.SIS_TRIP) > 0.5) {
                tripAt = h.time();
                vibrationAtTrip = h.truth(GasTag.SIS_VT201);
            }
        }
        System.out.printf("surge at %.1f s, vibration trip at %.1f s (%.2f mm/s)%n", surgeAt, tripAt, vibrationAtTrip);
        assertThat(surgeAt).isPositive();
        assertThat(tripAt).isGreaterThan(surgeAt);
        assertThat(vibrationAtTrip).isGreaterThanOrEqualTo(GasSis.VIBRATION_LIMIT);
        assertThat(h.truth(GasTag.SIS_ST201)).as("not an overspeed trip").isLessThan(GasSis.OVERSPEED_LIMIT);
        assertThat(h.truth(GasTag.SIS_XS201)).isZero();
        h.advance(Duration.ofMinutes(1));
        assertThat(h.status()).as("a trip alone is not damage").isEqualTo(PlantStatus.TRIPPED);
    }

    /** With the anti-surge loop in auto the same speed change is ridden through without a trip. */
    @Test
    void antiSurgeControlPreventsTheSameSurge() {
        GasHarness h = new GasHarness(24);
        h.driveInManualAt(800);
        boolean opened = false;
        for (int i = 0; i < 1200; i++) {
            h.step();
            opened |= h.truth(GasTag.K101_FV101) > 5;
        }
        assertThat(opened).as("recycle valve opened").isTrue();
        assertThat(h.truth(GasTag.SIS_TRIP)).isZero();
        assertThat(h.truth(GasTag.K101_VT101)).isLessThan(GasSis.VIBRATION_LIMIT);
    }

    @Test
    void overpressureSlamsTheShutOffValve() {
        GasHarness h = new GasHarness(25);
        h.write(GasTag.PRS1_PIC301_AUTO, 0);
        h.write(GasTag.PRS1_PV301, 100); // regulator failed (or driven) open
        double tripAt = -1;
        double peak = 0;
        for (int i = 0; i < 6000; i++) {
            h.step();
            peak = Math.max(peak, h.truth(GasTag.PRS1_PT301));
            if (tripAt < 0 && h.truth(GasTag.SIS_XV301) < 0.5) {
                tripAt = h.time();
            }
        }
        System.out.printf("slam-shut after %.1f s, peak distribution pressure %.3f bar%n", tripAt, peak);
        assertThat(tripAt).isPositive();
        // The SIS acts on its own transmitter's reading (0.005 bar noise).
        assertThat(peak).isBetween(GasSis.SLAM_SHUT_PRESSURE - 0.03, GasSis.SLAM_SHUT_PRESSURE + 0.1);
        assertThat(h.truth(GasTag.PRS1_FT301)).as("no flow through the closed slam-shut").isZero();
        assertThat(h.truth(GasTag.SIS_XS201)).as("compressor keeps running").isEqualTo(1);
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);
        assertThat(h.truth(GasTag.PRS1_XS301)).isZero();
    }

    @Test
    void sisOutputsCannotBeWrittenOverTheNetwork() {
        GasHarness h = new GasHarness(26);
        assertThat(h.plant.submit(GasTag.SIS_XS201.ordinal(), 1, "attacker")).isEqualTo(WriteResult.READ_ONLY);
        assertThat(h.plant.submit(GasTag.SIS_XV301.ordinal(), 1, "attacker")).isEqualTo(WriteResult.READ_ONLY);
        assertThat(h.plant.submit(GasTag.K101_SC101.ordinal(), 1500, "attacker")).isEqualTo(WriteResult.OUT_OF_RANGE);
    }
}
