package org.icsdrill.scenario.hosts.site;

import java.util.SplittableRandom;

/** What one host (or one person across hosts) does now and then, on its own seeded schedule in plant time. */
abstract class Routine {

    protected final SplittableRandom random;
    private double nextAt;

    Routine(SplittableRandom random, double firstAt) {
        this.random = random;
        this.nextAt = firstAt;
    }

    final boolean due(double now) {
        return now >= nextAt;
    }

    /** Acts, and says when it acts next. */
    final void run(double now) {
        nextAt = now + act(now);
    }

    /** Does one thing now; returns the plant seconds until the next. */
    protected abstract double act(double now);

    /** An exponential wait of this mean: a Poisson schedule, as people's comings and goings are. */
    protected double exponential(double meanSeconds) {
        return -meanSeconds * Math.log(1 - random.nextDouble());
    }

    /** A payload size between {@code min} and {@code max} bytes. */
    protected int bytes(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
