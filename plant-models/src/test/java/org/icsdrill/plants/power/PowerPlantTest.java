package org.icsdrill.plants.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.plants.common.KernelHarness;
import org.junit.jupiter.api.Test;

class PowerPlantTest {

    @Test
    void holdsItsOperatingPointInAutoForTwoHoursOfDailyLoad() {
        KernelHarness h = new KernelHarness(new PowerPlant(), 42);
        double maxFrequency = 0;
        double maxTie = 0;
        double maxPressure = 0;
        double maxLevel = 0;
        double minLoad = Double.MAX_VALUE;
        double maxLoad = 0;
        long ticks = Duration.ofHours(2).toMillis() / 100;
        for (long i = 0; i < ticks; i++) {
            h.step();
            maxFrequency = Math.max(maxFrequency, Math.abs(h.truth(PowerTag.GEN_FT) - 50));
            maxTie = Math.max(maxTie, Math.abs(h.truth(PowerTag.TIE_PT)));
            maxPressure = Math.max(maxPressure, Math.abs(h.truth(PowerTag.BLR_PT) - 160));
            maxLevel = Math.max(maxLevel, Math.abs(h.truth(PowerTag.BLR_LT)));
            minLoad = Math.min(minLoad, h.truth(PowerTag.AREA_PT));
            maxLoad = Math.max(maxLoad, h.truth(PowerTag.AREA_PT));
        }
        System.out.printf("power, 2 h of daily load (%.0f to %.0f MW): |f-50| <= %.4f Hz, |Ptie| <= %.2f MW,"
                + " |p-160| <= %.2f bar, |L| <= %.2f mm%n", minLoad, maxLoad, maxFrequency, maxTie, maxPressure, maxLevel);
        assertThat(maxLoad - minLoad).as("the load profile does move").isGreaterThan(10);
        assertThat(maxFrequency).isLessThan(0.02);
        assertThat(maxTie).isLessThan(10);
        assertThat(maxPressure).isLessThan(1.5);
        assertThat(maxLevel).isLessThan(10);
        assertThat(h.status()).isEqualTo(PlantStatus.RUNNING);
        assertThat(h.plant.view().alarms()).isEmpty();
    }

    /**
     * Kundur, Power System Stability and Control, 11.1.3 (eq. 11.7 with one unit): with AGC off, the
     * frequency of an isolated area settles at Δf = -ΔPL / (D + 1/R) in pu. 25 MW on a 500 MW base with
     * D = 1, R = 0.05: -0.05 / 21 pu = -0.119 Hz. With AGC on the integral brings it back to 50 Hz.
     */
    @Test
    void staticFrequencyDeviationAfterALoadStepMatchesDroopAndLoadDamping() {
        double step = 25;
        PowerPlant plant = new PowerPlant(50, LoadProfile.constant(400).withStep(60, step));
        KernelHarness h = new KernelHarness(plant, 3);
        h.write(PowerTag.AGC_AUTO, 0);
        h.write(PowerTag.TIE_CB, 0);
        h.advance(Duration.ofMinutes(15));
        double measured = average(h, PowerTag.GEN_FT, 600) - 50;
        PowerParameters p = plant.parameters();
        double expected = -step / p.ratedMw() / (p.loadDamping() + 1 / p.droop()) * p.nominalHz();
        System.out.printf("islanded, AGC off, +%.0f MW: static Δf = %.4f Hz, Kundur -ΔP/(D+1/R) = %.4f Hz%n",
                step, measured, expected);
        assertThat(measured).isCloseTo(expected, within(0.1 * Math.abs(expected)));

        h.write(PowerTag.AGC_AUTO, 1);
        h.advance(Duration.ofMinutes(15));
        double restored = average(h, PowerTag.GEN_FT, 600) - 50;
        System.out.printf("AGC on again: Δf = %.4f Hz after 15 min, unit at %.1f MW%n", restored,
                h.truth(PowerTag.GEN_PT));
        assertThat(restored).isCloseTo(0, within(0.005));
        assertThat(h.truth(PowerTag.GEN_PT)).isCloseTo(400 + step, within(2.0));
    }

    @Test
    void interconnectedTheTieTakesTheStepAndAgcReturnsItToSchedule() {
        KernelHarness h = new KernelHarness(new PowerPlant(50, LoadProfile.constant(400).withStep(10, 30)), 4);
        h.advance(Duration.ofSeconds(40));
        assertThat(h.truth(PowerTag.TIE_PT)).as("import right after the step").isLessThan(-15);
        h.advance(Duration.ofMinutes(15));
        assertThat(h.truth(PowerTag.TIE_PT)).isCloseTo(0, within(2.0));
        assertThat(h.truth(PowerTag.GEN_PT)).isCloseTo(430, within(2.0));
    }

    @Test
    void generatorBreakerRecloseNeedsSynchronismAndTheUnitReloads() {
        KernelHarness h = new KernelHarness(new PowerPlant(50, LoadProfile.constant(400)), 5);
        h.write(PowerTag.GEN_CB_CMD, 0);
        h.advance(Duration.ofSeconds(2));
        assertThat(h.truth(PowerTag.GEN_CB)).isZero();
        assertThat(h.truth(PowerTag.AREA_LOST)).as("the tie feeds the area").isZero();
        assertThat(h.truth(PowerTag.TIE_PT)).isCloseTo(-400, within(1.0));
        // Load rejection: the governor catches the rise; the speed is still well off nominal after 2 s.
        double peak = 0;
        for (int i = 0; i < 600; i++) {
            h.step();
            peak = Math.max(peak, h.truth(PowerTag.TURB_ST));
        }
        System.out.printf("full load rejection under the governor: peak speed %.0f r/min (%.1f %%)%n",
                peak, peak / 30);
        assertThat(peak).as("no overspeed trip on a load rejection").isLessThan(3300);
        assertThat(h.truth(PowerTag.PROT_TRIP)).isZero();
        h.advance(Duration.ofMinutes(2));
        assertThat(h.truth(PowerTag.GEN_FT)).as("no-load speed control").isCloseTo(50, within(0.05));
        h.write(PowerTag.GEN_CB_CMD, 1);
        h.advance(Duration.ofMinutes(15));
        assertThat(h.truth(PowerTag.GEN_CB)).isEqualTo(1);
        assertThat(h.truth(PowerTag.GEN_PT)).as("AGC reloads the unit").isCloseTo(400, within(3.0));
    }

    @Test
    void outOfSyncCloseIsRefused() {
        KernelHarness h = new KernelHarness(new PowerPlant(50, LoadProfile.constant(400)), 6);
        h.write(PowerTag.GEN_CB_CMD, 0);
        h.advance(Duration.ofSeconds(3));
        assertThat(Math.abs(h.truth(PowerTag.GEN_FT) - 50)).isGreaterThan(0.2);
        h.write(PowerTag.GEN_CB_CMD, 1);
        h.step();
        h.step();
        assertThat(h.truth(PowerTag.GEN_CB_CMD)).isZero();
        assertThat(h.truth(PowerTag.GEN_CB)).isZero();
    }

    @Test
    void sixtyHertzPlantRunsAtSixtyHertz() {
        KernelHarness h = new KernelHarness(new PowerPlant(60), 7);
        h.advance(Duration.ofMinutes(5));
        assertThat(h.truth(PowerTag.GEN_FT)).isCloseTo(60, within(0.02));
        assertThat(h.truth(PowerTag.TURB_ST)).isCloseTo(3600, within(2.0));
        assertThat(h.plant.catalog().get(PowerTag.GEN_FT.ordinal()).range().max()).isEqualTo(65);
        assertThat(h.status()).isEqualTo(PlantStatus.RUNNING);
        assertThat(h.plant.view().alarms()).isEmpty();
    }

    @Test
    void sameSeedGivesIdenticalViews() {
        KernelHarness a = new KernelHarness(new PowerPlant(), 9);
        KernelHarness b = new KernelHarness(new PowerPlant(), 9);
        KernelHarness other = new KernelHarness(new PowerPlant(), 10);
        boolean otherDiffers = false;
        for (int i = 0; i < 6000; i++) {
            if (i == 1200) {
                for (KernelHarness h : new KernelHarness[] {a, b, other}) {
                    h.write(PowerTag.TIE_SCHED, 50);
                }
            }
            a.step();
            b.step();
            other.step();
            assertThat(a.plant.view().values()).as("tick %d", i).isEqualTo(b.plant.view().values());
            otherDiffers |= !Arrays.equals(a.plant.view().values(), other.plant.view().values());
        }
        assertThat(otherDiffers).as("a different seed gives different noise").isTrue();
    }

    static double average(KernelHarness h, PowerTag tag, int ticks) {
        double sum = 0;
        for (int i = 0; i < ticks; i++) {
            h.step();
            sum += h.truth(tag);
        }
        return sum / ticks;
    }
}
