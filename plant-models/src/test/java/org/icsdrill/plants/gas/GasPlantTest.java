package org.icsdrill.plants.gas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.icsdrill.core.plant.PlantStatus;
import org.junit.jupiter.api.Test;

class GasPlantTest {

    private static final GasOperatingPoint DESIGN = GasOperatingPoint.DESIGN;

    @Test
    void holdsTheDesignPointInAutoForTwoHours() {
        GasHarness h = new GasHarness(42);
        double maxDownstreamError = 0;
        double maxLinePackError = 0;
        double minFrequency = Double.MAX_VALUE;
        double maxFrequency = 0;
        double maxOdorantError = 0;
        double minSurgeMargin = Double.MAX_VALUE;
        long ticks = Duration.ofHours(2).toMillis() / 100;
        for (long i = 0; i < ticks; i++) {
            h.step();
            maxDownstreamError = Math.max(maxDownstreamError, Math.abs(h.truth(GasTag.PRS1_PT301) - 5));
            maxLinePackError = Math.max(maxLinePackError, Math.abs(h.truth(GasTag.PL1_PT201) - 46));
            double f = h.truth(GasTag.K101_SC101);
            minFrequency = Math.min(minFrequency, f);
            maxFrequency = Math.max(maxFrequency, f);
            maxOdorantError = Math.max(maxOdorantError, Math.abs(h.truth(GasTag.ODR1_AT401) - 15));
            minSurgeMargin = Math.min(minSurgeMargin, h.truth(GasTag.K101_UY101));
        }
        System.out.printf("gas steady state over 2 h: |p2-5| <= %.4f bar, |p1-46| <= %.3f bar, drive %.1f..%.1f Hz,"
                        + " |odorant-15| <= %.2f mg/m3, surge margin >= %.1f %%, fatigue %.2e%n",
                maxDownstreamError, maxLinePackError, minFrequency, maxFrequency, maxOdorantError, minSurgeMargin,
                h.truth(GasTag.K101_FATIGUE));
        assertThat(maxDownstreamError).isLessThan(0.05);
        assertThat(maxLinePackError).isLessThan(0.5);
        assertThat(minFrequency).isGreaterThan(1000);
        assertThat(maxFrequency).isLessThan(1130);
        assertThat(maxOdorantError).isLessThan(1);
        assertThat(minSurgeMargin).isGreaterThan(30);
        assertThat(h.truth(GasTag.K101_FV101)).as("recycle stays shut").isZero();
        assertThat(h.truth(GasTag.K101_FATIGUE)).as("normal running: negligible fatigue").isLessThan(1e-5);
        assertThat(h.status()).isEqualTo(PlantStatus.RUNNING);
        assertThat(h.plant.view().alarms()).isEmpty();
    }

    @Test
    void startsAtTheDesignPoint() {
        GasHarness h = new GasHarness(1);
        assertThat(h.truth(GasTag.K101_PT102)).isCloseTo(DESIGN.dischargePressure(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(h.truth(GasTag.K101_FT101)).isCloseTo(DESIGN.flow(), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(h.truth(GasTag.PRS1_FT301)).isCloseTo(DESIGN.flow(), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(h.truth(GasTag.K101_ST101)).isEqualTo(15_960);
        assertThat(h.truth(GasTag.K101_VT101)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(DESIGN.surgeMargin()).isBetween(50.0, 53.0);
    }

    @Test
    void sameSeedGivesIdenticalViews() {
        GasHarness a = new GasHarness(7);
        GasHarness b = new GasHarness(7);
        GasHarness other = new GasHarness(8);
        boolean otherDiffers = false;
        for (int i = 0; i < 6000; i++) {
            if (i == 1200) {
                // A set-point change, so that the loops move and not only the noise and the demand.
                a.write(GasTag.PRS1_PIC301_SP, 5.2);
                b.write(GasTag.PRS1_PIC301_SP, 5.2);
                other.write(GasTag.PRS1_PIC301_SP, 5.2);
            }
            a.step();
            b.step();
            other.step();
            assertThat(a.plant.view().values()).as("tick %d", i).isEqualTo(b.plant.view().values());
            otherDiffers |= !Arrays.equals(a.plant.view().values(), other.plant.view().values());
        }
        assertThat(otherDiffers).as("a different seed gives different noise").isTrue();
    }

    @Test
    void theDemandSeedIsTheModelsOwn() {
        GasHarness a = new GasHarness(7, new GasPlant(1));
        GasHarness b = new GasHarness(7, new GasPlant(2));
        a.advance(Duration.ofMinutes(20));
        b.advance(Duration.ofMinutes(20));
        assertThat(a.truth(GasTag.PRS1_FT301)).isNotEqualTo(b.truth(GasTag.PRS1_FT301));
    }

    /**
     * Stuxnet's low-speed phase: at 2 Hz the compressor makes no head, the check valve closes and the line
     * pack alone feeds the city. The pipeline pressure then falls at (Z R T / V) times the sendout.
     */
    @Test
    void lowSpeedPhaseDrainsTheLinePack() {
        GasHarness h = new GasHarness(3);
        h.driveInManualAt(2);
        h.advance(Duration.ofMinutes(5));
        // Only a trickle circulates through the open recycle valve: under 1 % of the design flow.
        assertThat(h.truth(GasTag.K101_FT101)).as("compressor flow at 2 Hz").isLessThan(1000);
        assertThat(h.truth(GasTag.K101_PT102)).as("no head: check valve shut").isLessThan(h.truth(GasTag.PL1_PT201));
        double p0 = h.truth(GasTag.PL1_PT201);
        double sendout = 0;
        int ticks = 6000;
        for (int i = 0; i < ticks; i++) {
            h.step();
            sendout += h.truth(GasTag.PRS1_FT301) / ticks;
        }
        double rate = (h.truth(GasTag.PL1_PT201) - p0) / 600;
        double massFlow = sendout * GasParameters.STANDARD.standardDensity() / 3600;
        double expected = -GasParameters.STANDARD.pipelineGain() * massFlow;
        System.out.printf("low-speed phase: line pack falls %.3e bar/s, (ZRT/V) m = %.3e bar/s%n", rate, expected);
        assertThat(rate).isBetween(1.02 * expected, 0.98 * expected);
        assertThat(h.truth(GasTag.PRS1_PT301)).as("the regulator still holds the city").isBetween(4.9, 5.1);
        assertThat(h.status()).isEqualTo(PlantStatus.RUNNING);
    }
}
