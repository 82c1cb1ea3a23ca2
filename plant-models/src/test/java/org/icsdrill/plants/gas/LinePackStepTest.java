package org.icsdrill.plants.gas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A regulator step with the drive and the regulator in manual, against the line-pack equation.
 *
 * <p>The regulator runs choked (46 bar upstream, 5 bar downstream), so its flow is C x p1 whatever the
 * downstream pressure: a step Δx in opening changes the outflow of the pipeline by Δṁ = C Δx p1. The
 * compressor, at fixed speed, barely responds to a small drop in line pack, so the line-pack pressure must
 * fall at {@code dp1/dt = -(Z R T / V) Δṁ} (isothermal lumped volume, Menon 2005 ch. 8). The test measures
 * the slope over the first minute after the valve has stroked and requires agreement within 10 %.
 */
class LinePackStepTest {

    @Test
    void linePackFallsAtZrtOverVTimesTheFlowStep() {
        GasParameters p = GasParameters.STANDARD;
        GasHarness h = new GasHarness(5);
        h.write(GasTag.K101_PIC201_AUTO, 0);
        h.write(GasTag.PRS1_PIC301_AUTO, 0);
        h.advance(Duration.ofSeconds(1));
        double opening = h.truth(GasTag.PRS1_PV301);
        h.write(GasTag.PRS1_PV301, opening + 10);
        h.advance(Duration.ofSeconds(5)); // the regulator strokes 10 % in 2 s
        double p1Start = h.truth(GasTag.PL1_PT201);
        double flowStep = p.regulatorCoefficient() * 0.10 * p1Start;
        h.advance(Duration.ofSeconds(60));
        double measured = (h.truth(GasTag.PL1_PT201) - p1Start) / 60;
        double expected = -p.pipelineGain() * flowStep;
        System.out.printf("regulator +10 %%: line pack %.3e bar/s measured, -(ZRT/V) dm = %.3e bar/s (dm = %.2f kg/s)%n",
                measured, expected, flowStep);
        assertThat(measured).isBetween(1.1 * expected, 0.9 * expected);
    }
}
