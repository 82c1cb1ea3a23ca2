package org.icsdrill.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FirstOrderLagTest {

    @Test
    void reaches63PercentAfterOneTimeConstant() {
        FirstOrderLag lag = new FirstOrderLag(5, 0);
        for (int i = 0; i < 50; i++) {
            lag.update(10, 0.1);
        }
        assertThat(lag.value()).isCloseTo(10 * (1 - Math.exp(-1)), within(1e-9));
    }

    @Test
    void resultDoesNotDependOnTheStepLength() {
        FirstOrderLag fine = new FirstOrderLag(3, 1);
        FirstOrderLag coarse = new FirstOrderLag(3, 1);
        for (int i = 0; i < 100; i++) {
            fine.update(4, 0.01);
        }
        coarse.update(4, 1.0);
        assertThat(fine.value()).isCloseTo(coarse.value(), within(1e-9));
    }

    @Test
    void zeroTimeConstantPassesThrough() {
        assertThat(new FirstOrderLag(0, 0).update(7, 0.1)).isEqualTo(7);
    }
}
