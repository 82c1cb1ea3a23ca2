package org.icsdrill.plants.gas;

import java.util.SplittableRandom;
import org.icsdrill.core.plant.PlantCalendar;
import org.icsdrill.plants.common.DailyCycle;

/**
 * The city's gas demand on the plant calendar: the design flow as the mean of the first day, with a daily
 * swing of ±10 % peaking at 16:00 local time (at 10:00 the demand is the design flow) (lowest at 04:00), weekends at 90 % of weekdays and a heating season
 * (winter about 1.6 times summer, highest late January: an assumption typical of a heating-driven city
 * load), times a random variation, an
 * Ornstein-Uhlenbeck process with the given standard deviation and correlation time, updated by its
 * exact discretisation each tick. The random stream is a {@link SplittableRandom} with a fixed seed,
 * independent of the simulation's instrument noise, so the same seed always gives the same demand.
 */
final class DemandProfile {

    private final double designMassFlow;
    private final PlantCalendar calendar;
    private final DailyCycle cycle;
    private final double sigma;
    private final double correlationTime;
    private final SplittableRandom random;
    private double variation;
    private double time;

    DemandProfile(GasParameters p, long seed, PlantCalendar calendar) {
        this.designMassFlow = p.designMassFlow();
        this.sigma = p.demandVariation();
        this.correlationTime = p.demandCorrelationTime();
        this.calendar = calendar;
        this.cycle = new DailyCycle(p.diurnalAmplitude(), 16, 0.9, 0.25, 25, 1);
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
        return designMassFlow * cycle.aroundStartDay(calendar, time) * (1 + variation);
    }
}
