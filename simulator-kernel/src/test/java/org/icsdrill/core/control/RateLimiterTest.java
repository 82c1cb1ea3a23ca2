package org.icsdrill.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void risesAndFallsAtTheirOwnSlopes() {
        RateLimiter limiter = new RateLimiter(10, 25, 0);
        for (int i = 0; i < 30; i++) {
            limiter.update(100, 0.1);
        }
        assertThat(limiter.value()).isCloseTo(30, within(1e-9));

        for (int i = 0; i < 10; i++) {
            limiter.update(0, 0.1);
        }
        assertThat(limiter.value()).isCloseTo(5, within(1e-9));
    }

    @Test
    void settlesOnTheTargetWithoutOvershoot() {
        RateLimiter limiter = RateLimiter.symmetric(10, 0);
        for (int i = 0; i < 100; i++) {
            limiter.update(42, 0.1);
        }
        assertThat(limiter.value()).isEqualTo(42);
    }
}
