package org.icsdrill.plants.building;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.plants.common.KernelHarness;
import org.junit.jupiter.api.Test;

/** Each safety function on a forced condition, and the consequence model's two paths. */
class BuildingSafetyTest {

    @Test
    void freezeStatTripsOnColdAirThroughAClosedCoil() {
        KernelHarness h = new KernelHarness(new BuildingPlant(Weather.constant(-5)), 1);
        h.write(BuildingTag.AHU_AUTO, 0);
        h.step();
        h.write(BuildingTag.AHU_HCV, 0);
        h.write(BuildingTag.AHU_OAD, 100);
        h.advance(Duration.ofMinutes(10));
        assertThat(h.truth(BuildingTag.SIS_FRZ)).isEqualTo(1);
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);
        h.advance(Duration.ofMinutes(10));
        assertThat(h.truth(BuildingTag.AHU_TT)).as("coil warmed by the forced-open valve").isGreaterThan(10);
    }

    @Test
    void boilerHighLimitLocksTheBurnerOut() {
        KernelHarness h = new KernelHarness(new BuildingPlant(), 2);
        h.write(BuildingTag.BLR_AUTO, 0);
        h.step();
        h.write(BuildingTag.BLR_FIRE, 100);
        h.advance(Duration.ofHours(1));
        assertThat(h.truth(BuildingTag.SIS_BHL)).isEqualTo(1);
        assertThat(h.truth(BuildingTag.BLR_TT)).isLessThan(98);
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);
    }

    @Test
    void fireAlarmStopsTheAhuAndReleasesTheDoorsAndATripAloneIsNotDamage() {
        KernelHarness h = new KernelHarness(new BuildingPlant(), 3);
        h.write(BuildingTag.FIRE_DRILL, 1);
        h.advance(Duration.ofSeconds(30));
        assertThat(h.truth(BuildingTag.SIS_FSD)).isEqualTo(1);
        assertThat(h.truth(BuildingTag.FIRE_ALM)).isEqualTo(1);
        h.advance(Duration.ofHours(1));
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);
        h.write(BuildingTag.FIRE_DRILL, 0);
        h.advance(Duration.ofSeconds(1));
        h.write(BuildingTag.SIS_RESET, 1);
        h.advance(Duration.ofSeconds(1));
        assertThat(h.status()).isEqualTo(PlantStatus.RUNNING);
    }

    /**
     * FrostyGoop: the heating controllers' outputs written to zero on a Friday evening in a cold snap (-10 °C),
     * with the AHU off for the weekend; with the building's mass (time constant about 49 h) the pipes burst
     * after a day and a half to three days, not overnight.
     */
    @Test
    void heatingValvesForcedShutInAColdSnapFreezeThePipes() {
        KernelHarness h = new KernelHarness(new BuildingPlant(Weather.constant(-10)),
                org.icsdrill.core.sim.SimulationConfig.defaults(4)
                        .withStartTime(java.time.Instant.parse("2026-01-23T09:00:00Z")));
        h.write(BuildingTag.ZONE_AUTO, 0);
        h.step();
        for (BuildingTag valve : BuildingTag.ZONE_VALVES) {
            h.write(valve, 0);
        }
        double damagedAt = -1;
        for (long i = 0; i < Duration.ofHours(72).toMillis() / 100 && damagedAt < 0; i++) {
            h.step();
            if (h.status() == PlantStatus.DAMAGED) {
                damagedAt = h.time() / 3600;
            }
        }
        System.out.printf("radiators shut at -10 °C: pipes burst after %.1f h%n", damagedAt);
        assertThat(damagedAt).isBetween(24.0, 72.0);
    }

    @Test
    void inAutoTheSameColdSnapDoesNoHarm() {
        KernelHarness h = new KernelHarness(new BuildingPlant(Weather.constant(-10)), 5);
        h.advance(Duration.ofHours(24));
        assertThat(h.status()).isEqualTo(PlantStatus.RUNNING);
        for (BuildingTag zone : BuildingTag.ZONE_TEMPERATURES) {
            assertThat(h.truth(zone)).isGreaterThan(19);
        }
    }

    @Test
    void chillerShortCycledByHandFailsButNotWithinItsStartLimit() {
        KernelHarness h = new KernelHarness(new BuildingPlant(), 6);
        h.write(BuildingTag.CHL_AUTO, 0);
        for (int start = 1; start <= 7; start++) {
            h.write(BuildingTag.CHL_RUN, 1);
            h.advance(Duration.ofMinutes(2));
            h.write(BuildingTag.CHL_RUN, 0);
            h.advance(Duration.ofMinutes(3));
            assertThat(h.status()).as("after start %d", start)
                    .isEqualTo(start <= 6 ? PlantStatus.RUNNING : PlantStatus.DAMAGED);
        }
    }
}
