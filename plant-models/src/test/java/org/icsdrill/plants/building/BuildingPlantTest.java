package org.icsdrill.plants.building;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.plants.common.KernelHarness;
import org.junit.jupiter.api.Test;

class BuildingPlantTest {

    @Test
    void holdsComfortInAutoForTwoHoursOfWinterWeather() {
        KernelHarness h = new KernelHarness(new BuildingPlant(), 42);
        double maxZone = 0;
        double maxSupply = 0;
        double maxWater = 0;
        double minOut = 99;
        double maxOut = -99;
        for (long i = 0; i < Duration.ofHours(2).toMillis() / 100; i++) {
            h.step();
            for (BuildingTag zone : BuildingTag.ZONE_TEMPERATURES) {
                maxZone = Math.max(maxZone, Math.abs(h.truth(zone) - 21));
            }
            maxSupply = Math.max(maxSupply, Math.abs(h.truth(BuildingTag.AHU_TT) - 18));
            maxWater = Math.max(maxWater, Math.abs(h.truth(BuildingTag.BLR_TT) - 70));
            minOut = Math.min(minOut, h.truth(BuildingTag.OUT_TT));
            maxOut = Math.max(maxOut, h.truth(BuildingTag.OUT_TT));
        }
        System.out.printf("building, 2 h (outside %.1f to %.1f °C): |Tzone-21| <= %.3f K, |Tsa-18| <= %.3f K,"
                + " |Thw-70| <= %.3f K%n", minOut, maxOut, maxZone, maxSupply, maxWater);
        assertThat(maxOut - minOut).as("the weather does move").isGreaterThan(1);
        assertThat(maxZone).isLessThan(0.3);
        assertThat(maxSupply).isLessThan(0.5);
        assertThat(maxWater).isLessThan(1);
        assertThat(h.status()).isEqualTo(PlantStatus.RUNNING);
        assertThat(h.plant.view().alarms()).isEmpty();
    }

    /**
     * An unheated zone (radiators shut, AHU stopped, constant 0 °C outside) cools towards the outside along
     * the slow mode of its air-and-mass network: measured between 6 h and 30 h, the time constant must be
     * the slow eigenvalue of the two-node model within 3 %, and between 20 and 100 h (offices of ISO 13790's
     * medium class; the light model before had 6.9 h).
     */
    @Test
    void anUnheatedZoneCoolsWithATimeConstantOf20To100Hours() {
        BuildingPlant plant = new BuildingPlant(Weather.constant(0));
        BuildingParameters p = plant.parameters();
        KernelHarness h = onCalendar(plant, "2026-01-24T00:00:00+09:00"); // a weekend: nobody in, no gains
        h.write(BuildingTag.ZONE_AUTO, 0);
        h.write(BuildingTag.AHU_AUTO, 0);
        h.write(BuildingTag.AHU_FAN, 0);
        h.write(BuildingTag.AHU_HCV, 0);
        for (BuildingTag valve : BuildingTag.ZONE_VALVES) {
            h.write(valve, 0);
        }
        h.advance(Duration.ofHours(6));
        double early = h.truth(BuildingTag.Z1_TT);
        h.advance(Duration.ofHours(24));
        double late = h.truth(BuildingTag.Z1_TT);
        double measured = 24 / Math.log(early / late);
        // Slow eigenvalue of [[-(Hw+Hms)/Ca, Hms/Ca], [Hms/Cm, -(Hms+Hem)/Cm]], per second.
        double a = -(p.windowUa() + p.massCoupling()) / p.airCapacity();
        double b = p.massCoupling() / p.airCapacity();
        double c = p.massCoupling() / p.massCapacity();
        double d = -(p.massCoupling() + p.wallUa()) / p.massCapacity();
        double slow = ((a + d) + Math.sqrt((a - d) * (a - d) + 4 * b * c)) / 2;
        double model = -1 / slow / 3600;
        System.out.printf("unheated zone: %.2f °C after 6 h, %.2f °C after 30 h; time constant %.1f h"
                + " (two-node model %.1f h, Cm = %.0f kJ/(m²K))%n", early, late, measured, model,
                p.massCapacity() / 400);
        assertThat(measured).isBetween(0.97 * model, 1.03 * model).isBetween(20.0, 100.0);
        assertThat(p.massCapacity() / 400).as("ISO 13790 classes, kJ/(m²K)").isBetween(80.0, 370.0);
    }

    /**
     * The same seed, one run starting at 22:00 and one at 10:00 (Tokyo, a Thursday in January): from the first
     * minute the night run has the AHU stopped, nobody in, the doors locked and a colder outside.
     */
    @Test
    void theCalendarDecidesScheduleOccupancyAndWeatherFromTheFirstMinute() {
        KernelHarness night = onCalendar(new BuildingPlant(), "2026-01-22T22:00:00+09:00");
        KernelHarness day = onCalendar(new BuildingPlant(), "2026-01-22T10:00:00+09:00");
        KernelHarness saturday = onCalendar(new BuildingPlant(), "2026-01-24T10:00:00+09:00");
        night.advance(Duration.ofMinutes(1));
        day.advance(Duration.ofMinutes(1));
        saturday.advance(Duration.ofMinutes(1));
        System.out.printf("first minute: 22:00 outside %.1f °C fan %.0f %%; 10:00 outside %.1f °C fan %.0f %%%n",
                night.truth(BuildingTag.OUT_TT), night.truth(BuildingTag.AHU_FAN), day.truth(BuildingTag.OUT_TT),
                day.truth(BuildingTag.AHU_FAN));
        assertThat(day.truth(BuildingTag.AHU_FAN)).isEqualTo(70);
        assertThat(night.truth(BuildingTag.AHU_FAN)).isZero();
        assertThat(saturday.truth(BuildingTag.AHU_FAN)).as("no office hours on Saturday").isZero();
        assertThat(night.truth(BuildingTag.DOOR_LOCK)).isEqualTo(1);
        assertThat(day.truth(BuildingTag.DOOR_LOCK)).isZero();
        assertThat(day.truth(BuildingTag.OUT_TT) - night.truth(BuildingTag.OUT_TT)).isGreaterThan(2);
        assertThat(night.plant.view().values()).isNotEqualTo(day.plant.view().values());
    }

    private static KernelHarness onCalendar(BuildingPlant plant, String start) {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(start);
        return new KernelHarness(plant, org.icsdrill.core.sim.SimulationConfig.defaults(3)
                .withStartTime(at.toInstant()).withZone(java.time.ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void sameSeedGivesIdenticalViews() {
        KernelHarness a = new KernelHarness(new BuildingPlant(), 9);
        KernelHarness b = new KernelHarness(new BuildingPlant(), 9);
        KernelHarness other = new KernelHarness(new BuildingPlant(), 10);
        boolean otherDiffers = false;
        for (int i = 0; i < 6000; i++) {
            if (i == 1200) {
                for (KernelHarness h : new KernelHarness[] {a, b, other}) {
                    h.write(BuildingTag.Z2_SP, 23);
                }
            }
            a.step();
            b.step();
            other.step();
            assertThat(a.plant.view().values()).as("tick %d", i).isEqualTo(b.plant.view().values());
            otherDiffers |= !Arrays.equals(a.plant.view().values(), other.plant.view().values());
        }
        assertThat(otherDiffers).isTrue();
    }
}
