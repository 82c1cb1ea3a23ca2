package org.icsdrill.core.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a run goes: tick length in plant time, speed, seed, and the wall-clock instant that plant
 * time zero maps to (source timestamps and exported labels count from it).
 */
public record SimulationConfig(Duration tick, Speed speed, long seed, Instant startTime) {

    public static final Duration DEFAULT_TICK = Duration.ofMillis(100);

    public SimulationConfig {
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(speed, "speed");
        Objects.requireNonNull(startTime, "startTime");
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("tick must be positive");
        }
    }

    public static SimulationConfig defaults(long seed) {
        return new SimulationConfig(DEFAULT_TICK, Speed.REAL_TIME, seed, Instant.now());
    }

    public SimulationConfig withSpeed(Speed value) {
        return new SimulationConfig(tick, value, seed, startTime);
    }

    public SimulationConfig withStartTime(Instant value) {
        return new SimulationConfig(tick, speed, seed, value);
    }

    public double tickSeconds() {
        return tick.toNanos() / 1e9;
    }
}
