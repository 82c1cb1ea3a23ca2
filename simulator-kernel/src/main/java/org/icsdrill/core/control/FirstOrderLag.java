package org.icsdrill.core.control;

/**
 * A first-order lag {@code tau dy/dt = u - y}, discretised exactly for an input held over the step:
 * {@code y += (1 - exp(-dt/tau)) (u - y)}, so the result does not depend on the tick length.
 * Models a pump spinning up, a sensor's thermal lag, or a filter in a program.
 */
public final class FirstOrderLag {

    private final double tauSeconds;
    private double value;

    /** @param tauSeconds time constant in seconds; zero passes the input straight through */
    public FirstOrderLag(double tauSeconds, double initial) {
        if (!(tauSeconds >= 0) || Double.isInfinite(tauSeconds)) {
            throw new IllegalArgumentException("time constant must be finite and not negative: " + tauSeconds);
        }
        this.tauSeconds = tauSeconds;
        this.value = initial;
    }

    public double update(double input, double dtSeconds) {
        value = tauSeconds == 0 ? input : value + (1 - Math.exp(-dtSeconds / tauSeconds)) * (input - value);
        return value;
    }

    public double value() {
        return value;
    }

    public void reset(double initial) {
        this.value = initial;
    }

    public double tauSeconds() {
        return tauSeconds;
    }
}
