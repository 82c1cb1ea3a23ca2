package org.icsdrill.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.core.tag.AlarmPriority;
import org.junit.jupiter.api.Test;

/** The time to a limit: a clear trend gives one, noise and a trend away from the limits give none. */
class LimitForecastTest {

    private static final AlarmLimits REACTOR = AlarmLimits.analog(360, 355, 340, 330, 1, AlarmPriority.HIGH);

    @Test
    void aSteadyClimbReachesHighHighAtItsRate() {
        double[] t = seconds(60);
        double[] v = line(t, 350, 0.1); // 0.1 K/s from 350 K: at 355.9 K now, 4.1 K to go

        var forecast = LimitForecast.of(REACTOR, t, v, 60);

        assertThat(forecast.limit()).isEqualTo("HH");
        assertThat(forecast.limitValue()).isEqualTo(360);
        assertThat(forecast.seconds()).isCloseTo(41, within(1e-6));
    }

    @Test
    void aFallHeadsForLowLowAndAPassedLimitIsZero() {
        double[] t = seconds(30);

        assertThat(LimitForecast.of(REACTOR, t, line(t, 345, -0.5), 30))
                .satisfies(f -> assertThat(f.limit()).isEqualTo("LL"))
                .satisfies(f -> assertThat(f.seconds()).isCloseTo((330.5 - 330) / 0.5, within(1e-6)));
        assertThat(LimitForecast.of(REACTOR, t, line(t, 370, 0), 30).seconds()).isZero();
    }

    @Test
    void noiseAroundTheSetPointIsNoTrend() {
        double[] t = seconds(60);
        double[] v = new double[60];
        Random random = new Random(7);
        for (int i = 0; i < 60; i++) {
            v[i] = 350 + random.nextGaussian() * 0.5;
        }

        var forecast = LimitForecast.of(REACTOR, t, v, 60);

        assertThat(forecast.seconds()).isNaN();
        assertThat(forecast.limit()).as("the nearer limit, named without a time").isEqualTo("HH");
    }

    @Test
    void tooFewSamplesATrendBeyondTheHorizonOrNoLimitsGiveNoTime() {
        double[] t = seconds(60);

        assertThat(LimitForecast.of(REACTOR, t, line(t, 350, 0.1), LimitForecast.MIN_SAMPLES - 1).seconds()).isNaN();
        assertThat(LimitForecast.of(REACTOR, t, line(t, 350, 0.001), 60).seconds()).as("hours away").isNaN();
        assertThat(LimitForecast.of(AlarmLimits.NONE, t, line(t, 350, 1), 60).limit()).isEmpty();
    }

    private static double[] seconds(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 100 + i;
        }
        return t;
    }

    private static double[] line(double[] t, double start, double slope) {
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            v[i] = start + slope * (t[i] - t[0]);
        }
        return v;
    }
}
