package org.icsdrill.plants.gas;

import java.util.SplittableRandom;

/**
 * The city's gas demand: a daily swing (a sine with its rising edge at plant time zero, so the run
 * starts at the design flow and the morning peak comes six hours later) times a random variation, an
 * Ornstein-Uhlenbeck process with the given standard deviation and correlation time, updated by its
 * exact discretisation each tick. The random stream is a {@link SplittableRandom} with a fixed seed,
 * independent of the simulation's instrument noise, so the same seed always gives the same demand.
 */
final class DemandProfile {

    private static final double DAY_SECONDS = 86_400;

    private final double designMassFlow;
    private final double sigma;
    private final double correlationTime;
    private final double diurnal;
    private final SplittableRandom random;
    private double variation;
    private double time;

    DemandProfile(GasParameters p, long seed) {
        this.designMassFlow = p.designMassFlow();
        this.sigma = p.demandVariation();
        this.correlationTime = p.demandCorrelationTime();
        this.diurnal = p.diurnalAmplitude();
        this.random = new SplittableRandom(seed);
    }

    /** Advances by dt seconds; returns the demand, kg/s, that the consumers would draw at full pressure. */
    double advance(double dtSeconds) {
        time += dtSeconds;
        double decay = Math.exp(-dtSeconds / correlationTime);
        variation = variation * decay + sigma * Math.sqrt(1 - decay * decay) * random.nextGaussian();
        return current();
    }

    double current() {
        double daily = 1 + diurnal * Math.sin(2 * Math.PI * time / DAY_SECONDS);
        return designMassFlow * daily * (1 + variation);
    }
}
