package org.icsdrill.plants.gas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CompressorMapTest {

    private final CompressorMap map = CompressorMap.of(GasParameters.STANDARD);

    @Test
    void designPointIsUnityOnTheNominalSpeedLine() {
        assertThat(map.head(1, 1)).isCloseTo(1, within(1e-12));
        assertThat(map.pressureRatio(1)).isCloseTo(47.0 / 30, within(1e-12));
        assertThat(map.headForPressureRatio(47.0 / 30)).isCloseTo(1, within(1e-12));
        assertThat(map.speedFor(1, 1)).isCloseTo(1, within(1e-12));
    }

    /** Fan laws: flow scales with speed, head with speed squared, along every point of a speed line. */
    @Test
    void speedLinesObeyTheAffinityLaws() {
        for (double n : new double[] {0.5, 0.9, 1.1325, 1410.0 / 1064}) {
            for (double q : new double[] {0.7, 1.0, 1.3}) {
                assertThat(map.head(n * q, n)).isCloseTo(n * n * map.head(q, 1), within(1e-12));
            }
            assertThat(map.surgeFlow(n)).isCloseTo(n * map.surgeFlow(1), within(1e-12));
            assertThat(map.surgeHead(n)).isCloseTo(n * n * map.surgeHead(1), within(1e-12));
            // The surge line is the parabola through the peaks: same head, same surge flow at any speed.
            assertThat(map.surgeFlowAtHead(map.surgeHead(n))).isCloseTo(map.surgeFlow(n), within(1e-12));
        }
    }

    @Test
    void surgeMarginIsZeroOnTheSurgeLine() {
        double n = 0.8;
        assertThat(map.surgeMargin(map.surgeFlow(n), map.surgeHead(n))).isCloseTo(0, within(1e-9));
        assertThat(map.surgeMargin(1, 1)).isCloseTo(100 * (1 / map.surgeFlowAtHead(1) - 1), within(1e-12));
    }

    /** 1410 Hz is 1.325 times nominal: 76 % more head, near the rotor's second critical speed. */
    @Test
    void overspeedRaisesHeadVibrationAndFatigueSteeply() {
        double n = 1410.0 / 1064;
        assertThat(map.head(n, n) / map.head(1, 1)).isCloseTo(n * n, within(1e-12));
        assertThat(RotorModel.vibration(1)).isCloseTo(2.0, within(0.01));
        assertThat(RotorModel.vibration(n)).isBetween(5.0, 6.5);
        double nominalRate = RotorModel.damageRate(1064 / 4.0, RotorModel.vibration(1), 1);
        double overspeedRate = RotorModel.damageRate(1410 / 4.0, RotorModel.vibration(n), n);
        assertThat(1 / overspeedRate).as("seconds to failure at 1410 Hz").isBetween(900.0, 1800.0);
        assertThat(1 / nominalRate / 3600 / 24 / 365).as("years to failure at nominal").isGreaterThan(100);
    }
}
