package org.icsdrill.core.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a run goes: tick length in plant time, speed, seed, and the instant of plant time zero
 * (timestamps of labels, historian and OPC UA source timestamps count from it, see
 * {@link Simulation#plantInstant}).
 *
 * @param startTime the instant of plant time 0 (a scenario's {@code start_time}), or null: then plant
 *                  time 0 is anchored to the wall clock when the simulation starts stepping
 */
public record SimulationConfig(Duration tick, Speed speed, long seed, Instant startTime) {

    public static final Duration DEFAULT_TICK = Duration.ofMillis(100);

    public SimulationConfig {
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(speed, "speed");
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("tick must be positive");
        }
    }

    public static SimulationConfig defaults(long seed) {
        return new SimulationConfig(DEFAULT_TICK, Speed.REAL_TIME, seed, null);
    }

    public SimulationConfig withSpeed(Speed value) {
        return new SimulationConfig(tick, value, seed, startTime);
    }

    /** {@code value} null: anchored to the wall clock when stepping starts. */
    public SimulationConfig withStartTime(Instant value) {
        return new SimulationConfig(tick, speed, seed, value);
    }

    public double tickSeconds() {
        return tick.toNanos() / 1e9;
    }
}
