package org.icsdrill.plants.chemical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.icsdrill.core.plant.PlantStatus;
import org.junit.jupiter.api.Test;

class ChemicalPlantTest {

    @Test
    void holdsTheTextbookSteadyStateInAutoForTwoHours() {
        PlantHarness h = new PlantHarness(42);
        double maxTemperatureError = 0;
        double maxLevelError = 0;
        double maxConcentrationError = 0;
        double maxPressureError = 0;
        long ticks = Duration.ofHours(2).toMillis() / 100;
        for (long i = 0; i < ticks; i++) {
            h.step();
            maxTemperatureError = Math.max(maxTemperatureError, Math.abs(h.truth(ChemicalTag.TT101) - 350));
            maxLevelError = Math.max(maxLevelError, Math.abs(h.truth(ChemicalTag.LT101) - 50));
            maxConcentrationError = Math.max(maxConcentrationError, Math.abs(h.truth(ChemicalTag.AT101) - 0.5));
            maxPressureError = Math.max(maxPressureError, Math.abs(h.truth(ChemicalTag.PT101) - 200));
        }
        System.out.printf("steady state over 2 h: |T-350| <= %.3f K, |L-50| <= %.3f %%, |cA-0.5| <= %.4f mol/L,"
                + " |P-200| <= %.2f kPa%n", maxTemperatureError, maxLevelError, maxConcentrationError, maxPressureError);
        assertThat(maxTemperatureError).isLessThan(2);
        assertThat(maxLevelError).isLessThan(2);
        assertThat(maxConcentrationError).isLessThan(0.02);
        assertThat(maxPressureError).isLessThan(5);
        assertThat(h.status()).isEqualTo(PlantStatus.RUNNING);
        assertThat(h.plant.view().alarms()).isEmpty();
    }

    @Test
    void sameSeedGivesIdenticalTrajectories() {
        PlantHarness a = new PlantHarness(7);
        PlantHarness b = new PlantHarness(7);
        PlantHarness other = new PlantHarness(8);
        boolean otherDiffers = false;
        for (int i = 0; i < 6000; i++) {
            if (i == 1200) {
                // A set-point change, so that the loops move and not only the noise.
                a.write(ChemicalTag.TIC101_SP, 352);
                b.write(ChemicalTag.TIC101_SP, 352);
                other.write(ChemicalTag.TIC101_SP, 352);
            }
            a.step();
            b.step();
            other.step();
            assertThat(a.plant.view().values()).as("tick %d", i).isEqualTo(b.plant.view().values());
            otherDiffers |= !java.util.Arrays.equals(a.plant.view().values(), other.plant.view().values());
        }
        assertThat(otherDiffers).as("a different seed gives different noise").isTrue();
    }

    @Test
    void setpointChangeInAutoIsFollowed() {
        PlantHarness h = new PlantHarness(3);
        h.write(ChemicalTag.TIC101_SP, 355);
        double peak = 0;
        for (int i = 0; i < 3000; i++) {
            h.step();
            peak = Math.max(peak, h.truth(ChemicalTag.TT101));
        }
        assertThat(h.truth(ChemicalTag.TT101)).isCloseTo(355, within(0.5));
        assertThat(peak).as("overshoot").isLessThan(357);
    }

    @Test
    void agitatorStopCutsHeatTransferAndTheLoopOpensTheCoolantValveFurther() {
        PlantHarness h = new PlantHarness(5);
        double before = h.truth(ChemicalTag.FT102);
        h.write(ChemicalTag.M101, 0);
        h.simulation.advance(Duration.ofMinutes(5));
        assertThat(h.truth(ChemicalTag.FT102)).isGreaterThan(before + 10);
    }
}
