package org.icsdrill.plants.common;

import java.util.SplittableRandom;

/**
 * A process disturbance with seeded random variation that is a pure function of plant time: a sum of
 * sinusoids whose periods and phases are drawn once from a {@link SplittableRandom} with a fixed seed
 * (random-phase multisine, as used for band-limited test signals; Pintelon and Schoukens, System
 * Identification, 2nd ed., ch. 2). The kernel's random stream belongs to the instruments, so the plants
 * draw their disturbances (load, weather) from here: the same seed gives the same disturbance whatever
 * the tick length, and creating a fresh process restarts it.
 *
 * <p>The result has zero mean and standard deviation {@code amplitude} (each of the n components
 * carries amplitude {@code amplitude * sqrt(2 / n)}), with periods spread log-uniformly between the two
 * given periods.
 */
public final class SeededVariation {

    private final double[] angularFrequency;
    private final double[] phase;
    private final double componentAmplitude;

    /**
     * @param seed            seed of the plant's own random source
     * @param amplitude       standard deviation of the variation, in the disturbance's unit
     * @param shortestPeriodS shortest period in seconds
     * @param longestPeriodS  longest period in seconds
     * @param components      number of sinusoids (8 to 16 look like noise)
     */
    public SeededVariation(long seed, double amplitude, double shortestPeriodS, double longestPeriodS,
                           int components) {
        if (!(shortestPeriodS > 0) || !(longestPeriodS >= shortestPeriodS) || components < 1 || amplitude < 0) {
            throw new IllegalArgumentException("need 0 < shortest <= longest period, components >= 1, amplitude >= 0");
        }
        SplittableRandom random = new SplittableRandom(seed);
        angularFrequency = new double[components];
        phase = new double[components];
        double logMin = Math.log(shortestPeriodS);
        double logMax = Math.log(longestPeriodS);
        for (int i = 0; i < components; i++) {
            double period = Math.exp(logMin + (logMax - logMin) * random.nextDouble());
            angularFrequency[i] = 2 * Math.PI / period;
            phase[i] = 2 * Math.PI * random.nextDouble();
        }
        componentAmplitude = amplitude * Math.sqrt(2.0 / components);
    }

    /** No variation at all, for tests that need a quiet plant. */
    public static SeededVariation none() {
        return new SeededVariation(0, 0, 1, 1, 1);
    }

    /** The variation at plant time t, in the disturbance's unit. */
    public double at(double timeSeconds) {
        double sum = 0;
        for (int i = 0; i < phase.length; i++) {
            sum += Math.sin(angularFrequency[i] * timeSeconds + phase[i]);
        }
        return componentAmplitude * sum;
    }
}
