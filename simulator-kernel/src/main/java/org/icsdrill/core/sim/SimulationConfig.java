package org.icsdrill.core.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.icsdrill.core.plant.PlantCalendar;

/**
 * How a run goes: tick length in plant time, speed, seed, and the instant of plant time zero
 * (timestamps of labels, historian and OPC UA source timestamps count from it, see
 * {@link Simulation#plantInstant}).
 *
 * @param startTime the instant of plant time 0 (a scenario's {@code start_time}), or null: then plant
 *                  time 0 is anchored to the wall clock when the simulation starts stepping
 * @param zone      the time zone of the plants' calendar (a scenario's {@code time_zone}); UTC by default
 */
public record SimulationConfig(Duration tick, Speed speed, long seed, Instant startTime, ZoneId zone) {

    public static final Duration DEFAULT_TICK = Duration.ofMillis(100);

    public SimulationConfig {
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(speed, "speed");
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("tick must be positive");
        }
    }

    /** A run on UTC's calendar. */
    public SimulationConfig(Duration tick, Speed speed, long seed, Instant startTime) {
        this(tick, speed, seed, startTime, ZoneOffset.UTC);
    }

    public static SimulationConfig defaults(long seed) {
        return new SimulationConfig(DEFAULT_TICK, Speed.REAL_TIME, seed, null);
    }

    public SimulationConfig withSpeed(Speed value) {
        return new SimulationConfig(tick, value, seed, startTime, zone);
    }

    /** {@code value} null: anchored to the wall clock when stepping starts. */
    public SimulationConfig withStartTime(Instant value) {
        return new SimulationConfig(tick, speed, seed, value, zone);
    }

    public SimulationConfig withZone(ZoneId value) {
        return new SimulationConfig(tick, speed, seed, startTime, value);
    }

    /**
     * The plants' calendar: the start time in {@link #zone()}; without a start time the fixed
     * {@link PlantCalendar#DEFAULT}, not the wall clock, so that a seeded run reproduces (ADR 15).
     */
    public PlantCalendar calendar() {
        return startTime == null ? PlantCalendar.DEFAULT : PlantCalendar.at(startTime, zone);
    }

    public double tickSeconds() {
        return tick.toNanos() / 1e9;
    }
}
