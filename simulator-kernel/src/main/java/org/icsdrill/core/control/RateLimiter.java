package org.icsdrill.core.control;

/**
 * Follows a target no faster than given rates: a valve's stroking speed, or a set-point ramp.
 * Rates are in the value's unit per second.
 */
public final class RateLimiter {

    private final double maxRisePerSecond;
    private final double maxFallPerSecond;
    private double value;

    public RateLimiter(double maxRisePerSecond, double maxFallPerSecond, double initial) {
        if (!(maxRisePerSecond > 0) || !(maxFallPerSecond > 0)) {
            throw new IllegalArgumentException("rates must be positive: " + maxRisePerSecond + ", " + maxFallPerSecond);
        }
        this.maxRisePerSecond = maxRisePerSecond;
        this.maxFallPerSecond = maxFallPerSecond;
        this.value = initial;
    }

    /** Same speed both ways, such as a valve that strokes fully in {@code 100 / rate} seconds. */
    public static RateLimiter symmetric(double maxRatePerSecond, double initial) {
        return new RateLimiter(maxRatePerSecond, maxRatePerSecond, initial);
    }

    public double update(double target, double dtSeconds) {
        double step = target - value;
        value += Math.max(-maxFallPerSecond * dtSeconds, Math.min(maxRisePerSecond * dtSeconds, step));
        return value;
    }

    public double value() {
        return value;
    }

    public void reset(double initial) {
        this.value = initial;
    }
}
