package org.icsdrill.scenario.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Fire a step {@code times} times in all, {@code every} apart, starting when its trigger fires.
 */
public record Repeat(Duration every, int times) {

    public Repeat {
        Objects.requireNonNull(every, "every");
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("repeat interval must be positive: " + every);
        }
        if (times < 1) {
            throw new IllegalArgumentException("repeat times must be at least 1: " + times);
        }
    }

    /** Time from the first firing to the last. */
    public Duration span() {
        return every.multipliedBy(times - 1L);
    }
}
