package org.icsdrill.plants.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.core.sim.WriteResult;
import org.icsdrill.plants.common.KernelHarness;
import org.junit.jupiter.api.Test;

/** Each protection element on a physically forced condition, and the overspeed consequence model. */
class PowerProtectionTest {

    private static KernelHarness quiet(long seed) {
        return new KernelHarness(new PowerPlant(50, LoadProfile.constant(400)), seed);
    }

    /** Returns the plant time of the trip, or -1. */
    private static double runUntilTrip(KernelHarness h, Duration limit) {
        long ticks = limit.toMillis() / 100;
        for (long i = 0; i < ticks; i++) {
            h.step();
            if (h.truth(PowerTag.PROT_TRIP) > 0.5) {
                return h.time();
            }
        }
        return -1;
    }

    /** Governor valve held by hand while breaker 52G is opened at full load: nothing holds the speed. */
    private static KernelHarness loadRejectionWithValveHeld(long seed, boolean bypass) {
        KernelHarness h = quiet(seed);
        if (bypass) {
            h.bypassSafety();
        }
        h.write(PowerTag.GOV_AUTO, 0);
        h.step();
        h.write(PowerTag.GEN_CB_CMD, 0);
        return h;
    }

    @Test
    void overspeedTripsAt110PercentAndSavesTheTurbine() {
        KernelHarness h = loadRejectionWithValveHeld(31, false);
        double trip = runUntilTrip(h, Duration.ofSeconds(30));
        double peak = 0;
        for (int i = 0; i < 600; i++) {
            h.step();
            peak = Math.max(peak, h.truth(PowerTag.TURB_ST));
        }
        System.out.printf("load rejection with the valve held: overspeed trip at %.1f s, peak %.0f r/min%n", trip, peak);
        assertThat(trip).isPositive();
        assertThat(h.truth(PowerTag.PROT_CAUSE)).isEqualTo(1);
        assertThat(peak).isBetween(3300.0, 3400.0);
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);
        assertThat(h.truth(PowerTag.TURB_XS)).isZero();
    }

    @Test
    void withProtectionBypassedTheTurbineOverspeedsToDestruction() {
        KernelHarness h = loadRejectionWithValveHeld(32, true);
        h.advance(Duration.ofSeconds(10));
        assertThat(h.status()).isEqualTo(PlantStatus.DAMAGED);
        assertThat(h.viewed(PowerTag.TURB_XS)).isEqualTo(1);
        assertThat(h.truth(PowerTag.PROT_TRIP)).isZero();
    }

    /** Islanding while exporting 80 MW with the valve held by hand: surplus power, frequency climbs. */
    @Test
    void overFrequencyTripsWhenTheIslandHasSurplus() {
        KernelHarness h = islandWithMismatch(33, 480);
        double trip = runUntilTrip(h, Duration.ofSeconds(30));
        System.out.printf("islanded with +80 MW: trip at %.1f s, cause %.0f%n", trip, h.truth(PowerTag.PROT_CAUSE));
        assertThat(trip).isPositive();
        assertThat(h.truth(PowerTag.PROT_CAUSE)).isEqualTo(2);
        assertThat(h.truth(PowerTag.AREA_LOST)).as("islanded area loses its supply").isEqualTo(1);
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);
    }

    @Test
    void underFrequencyTripsWhenTheIslandIsShort() {
        KernelHarness h = islandWithMismatch(34, 320);
        double trip = runUntilTrip(h, Duration.ofSeconds(60));
        System.out.printf("islanded with -80 MW: trip at %.1f s, cause %.0f%n", trip, h.truth(PowerTag.PROT_CAUSE));
        assertThat(trip).isPositive();
        assertThat(h.truth(PowerTag.PROT_CAUSE)).isEqualTo(3);
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);
    }

    private static KernelHarness islandWithMismatch(long seed, double unitMw) {
        KernelHarness h = quiet(seed);
        h.write(PowerTag.AGC_AUTO, 0);
        h.write(PowerTag.GOV_PREF, unitMw);
        h.advance(Duration.ofMinutes(5));
        assertThat(h.truth(PowerTag.TIE_PT)).isCloseTo(unitMw - 400, org.assertj.core.api.Assertions.within(10.0));
        h.write(PowerTag.GOV_AUTO, 0);
        h.write(PowerTag.TIE_CB, 0);
        return h;
    }

    /** Steam shut off by hand with the breaker closed: the grid motors the turbine (windage 10 MW). */
    @Test
    void reversePowerTripsWhenTheTurbineIsMotored() {
        KernelHarness h = quiet(35);
        h.write(PowerTag.GOV_AUTO, 0);
        h.step();
        h.write(PowerTag.TURB_GV, 0);
        double trip = runUntilTrip(h, Duration.ofMinutes(2));
        System.out.printf("steam shut off on the grid: reverse-power trip at %.1f s%n", trip);
        assertThat(trip).isGreaterThan(PowerProtection.REVERSE_POWER_DELAY_S);
        assertThat(h.truth(PowerTag.PROT_CAUSE)).isEqualTo(4);
        assertThat(h.truth(PowerTag.GEN_CB)).isZero();
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);
    }

    @Test
    void aTripAloneIsNotDamageEvenWhenTheAreaGoesDark() {
        KernelHarness h = quiet(36);
        h.write(PowerTag.TIE_CB, 0);
        h.write(PowerTag.PROT_OSP, 100);
        h.advance(Duration.ofMinutes(10));
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);
        assertThat(h.truth(PowerTag.AREA_LOST)).isEqualTo(1);
        assertThat(h.truth(PowerTag.BLR_FIRE)).as("burners tripped").isZero();
        assertThat(h.truth(PowerTag.TURB_XS)).isZero();
    }

    @Test
    void tripLatchesUntilResetAfterTheConditionClears() {
        KernelHarness h = quiet(37);
        h.write(PowerTag.PROT_OSP, 100);
        assertThat(runUntilTrip(h, Duration.ofSeconds(5))).isPositive();
        h.write(PowerTag.PROT_OSP, 110);
        h.advance(Duration.ofSeconds(5));
        assertThat(h.truth(PowerTag.PROT_TRIP)).isEqualTo(1);
        h.write(PowerTag.PROT_RESET, 1);
        h.step();
        assertThat(h.truth(PowerTag.PROT_TRIP)).isZero();
        assertThat(h.truth(PowerTag.PROT_RESET)).isZero();
        assertThat(h.truth(PowerTag.PROT_CAUSE)).isZero();
    }

    @Test
    void protectionStateCannotBeWrittenOverTheNetwork() {
        KernelHarness h = quiet(38);
        assertThat(h.plant.submit(PowerTag.PROT_TRIP.ordinal(), 0, "attacker")).isEqualTo(WriteResult.READ_ONLY);
        assertThat(h.plant.submit(PowerTag.GEN_CB.ordinal(), 0, "attacker")).isEqualTo(WriteResult.READ_ONLY);
    }
}
