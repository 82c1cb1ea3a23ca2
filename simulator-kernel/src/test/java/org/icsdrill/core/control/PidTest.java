package org.icsdrill.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PidTest {

    private static final double DT = 0.1;

    /** A first-order plant, gain 1 and time constant 10 s, for closed-loop checks. */
    private static final class Plant {
        double y;

        double step(double u) {
            y += (1 - Math.exp(-DT / 10)) * (u - y);
            return y;
        }
    }

    @Test
    void proportionalActionHasTheRightSignForEachAction() {
        Pid reverse = new Pid(PidTuning.of(2, 0, 0), Pid.Action.REVERSE, -100, 100);
        Pid direct = new Pid(PidTuning.of(2, 0, 0), Pid.Action.DIRECT, -100, 100);
        reverse.initialize(50, 50, 0);
        direct.initialize(50, 50, 0);

        assertThat(reverse.update(50, 45, DT)).isCloseTo(10, within(1e-9));
        assertThat(direct.update(50, 45, DT)).isCloseTo(-10, within(1e-9));
    }

    @Test
    void integralRemovesTheOffsetAfterASetpointChange() {
        Pid pid = new Pid(PidTuning.pi(2, 5), Pid.Action.REVERSE, 0, 100);
        Plant plant = new Plant();
        pid.initialize(0, 0, 0);
        for (int i = 0; i < 3000; i++) {
            plant.step(pid.update(40, plant.y, DT));
        }
        assertThat(plant.y).isCloseTo(40, within(0.01));
        assertThat(pid.output()).isCloseTo(40, within(0.01));
    }

    @Test
    void saturatedOutputComesOffTheLimitAsSoonAsTheErrorChangesSign() {
        Pid pid = new Pid(PidTuning.pi(1, 10), Pid.Action.REVERSE, 0, 100);
        pid.initialize(50, 50, 50);
        // A long time far below the set point: the output sits at its upper limit.
        for (int i = 0; i < 10_000; i++) {
            pid.update(100, 0, DT);
        }
        assertThat(pid.output()).isEqualTo(100);

        // The measurement now overshoots: the output must leave the limit at once, not after unwinding.
        double out = pid.update(100, 110, DT);
        assertThat(out).isLessThan(100);
        for (int i = 0; i < 10; i++) {
            out = pid.update(100, 110, DT);
        }
        assertThat(out).as("one second after the error changed sign").isLessThan(95);
    }

    @Test
    void switchingFromManualToAutoDoesNotBumpTheOutput() {
        Pid pid = new Pid(PidTuning.of(3, 20, 2), Pid.Action.DIRECT, 0, 100);
        Plant plant = new Plant();
        pid.initialize(60, 0, 0);
        double manual = 35;
        // Long enough in manual for the plant to settle, with a large error to the set point.
        for (int i = 0; i < 3000; i++) {
            plant.step(pid.track(60, plant.y, manual, DT));
        }
        assertThat(pid.output()).isEqualTo(manual);

        double first = pid.update(60, plant.y, DT);
        assertThat(first).as("first scan in auto").isCloseTo(manual, within(1e-6));
        double second = pid.update(60, plant.step(first), DT);
        assertThat(second - first).as("then the integral moves it gradually").isBetween(-1.0, 0.0);
    }

    /**
     * I-PD (set-point weight b = 0, Åström and Hägglund 2006, 3.4): a set-point step leaves the output where it
     * is on the first scan and moves it only through the integral, at Kp/Ti times the error per second; the
     * loop still reaches the new set point.
     */
    @Test
    void proportionalOnTheMeasurementTakesASetpointStepWithoutAKick() {
        Pid pid = new Pid(PidTuning.of(20, 150, 0), Pid.Action.DIRECT, 0, 100).proportionalOnMeasurement();
        Plant plant = new Plant();
        plant.y = 50;
        pid.initialize(50, plant.y, 50);
        double first = pid.update(55, plant.y, DT);
        assertThat(first).as("no kick on the first scan").isCloseTo(50, within(1e-9));
        double second = pid.update(55, plant.y, DT);
        assertThat(50 - second).as("integral only: Kp/Ti x 5 K x 0.1 s").isCloseTo(20.0 / 150 * 5 * DT, within(1e-9));

        Pid kicking = new Pid(PidTuning.of(20, 150, 0), Pid.Action.DIRECT, 0, 100);
        kicking.initialize(50, 50, 50);
        assertThat(kicking.update(55, 50, DT)).as("b = 1 kicks by Kp x 5 K").isZero();
    }

    @Test
    void proportionalOnTheMeasurementStaysBumplessInManualToAutoAndOnAGainChange() {
        Pid pid = new Pid(PidTuning.of(3, 20, 2), Pid.Action.DIRECT, 0, 100).proportionalOnMeasurement();
        Plant plant = new Plant();
        pid.initialize(60, 0, 0);
        for (int i = 0; i < 3000; i++) {
            plant.step(pid.track(60, plant.y, 35, DT));
        }
        assertThat(pid.update(60, plant.y, DT)).as("first scan in auto").isCloseTo(35, within(1e-6));
        double before = pid.update(60, plant.y, DT);
        pid.tune(PidTuning.of(3.2, 20, 2));
        double after = pid.update(60, plant.y, DT);
        double error = plant.y - 60;
        assertThat(after - before).as("a gain change moves the output by the change times the error, plus the"
                + " integral's step").isCloseTo(0.2 * error, within(1.0));
    }

    @Test
    void manualOutputIsClampedToTheLimits() {
        Pid pid = new Pid(PidTuning.pi(1, 10), Pid.Action.REVERSE, 0, 100);
        assertThat(pid.track(0, 0, 150, DT)).isEqualTo(100);
    }

    @Test
    void derivativeActsOnTheMeasurementSoASetpointStepGivesNoKick() {
        Pid pid = new Pid(PidTuning.of(1, 0, 10), Pid.Action.REVERSE, -1000, 1000);
        pid.initialize(0, 0, 0);
        double out = pid.update(10, 0, DT);
        assertThat(out).as("proportional part only").isCloseTo(10, within(1e-9));

        double kicked = pid.update(10, 1, DT);
        assertThat(kicked).as("a measurement step does move the derivative, filtered").isLessThan(9 - 1);
    }

    @Test
    void rejectsNegativeGain() {
        assertThatThrownBy(() -> PidTuning.of(-1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
