package org.icsdrill.plants.power;

import org.icsdrill.core.plant.PlantCalendar;
import org.icsdrill.plants.common.DailyCycle;
import org.icsdrill.plants.common.SeededVariation;

/**
 * The grid area's demand over plant time, in MW. A pure function of time, so that a fresh process
 * replays it exactly; the random part comes from the plant's own seed ({@link SeededVariation}), not
 * from the kernel's instrument stream.
 */
@FunctionalInterface
public interface LoadProfile {

    /** Area demand at nominal frequency, MW, at plant time t in seconds. */
    double megawatts(double timeSeconds);

    /** A constant demand: the quiet plant of the step-response tests. */
    static LoadProfile constant(double megawatts) {
        return t -> megawatts;
    }

    /**
     * The area's demand on the plant calendar: {@code base} MW at plant time 0, then following the shape of a
     * Japanese utility's load (an assumption from published daily load curves, not a fitted model): a daily
     * cosine of ±{@code dailySwing} MW peaking at 15:00 local time, weekends at 85 % of weekdays, and two
     * seasonal peaks, winter and summer (±5 %, highest late January and late July); plus a seeded random
     * variation of standard deviation {@code sigma} MW with periods from 30 s to 20 min (customers switching,
     * the fast part of demand that AGC chases).
     */
    static LoadProfile daily(double base, double dailySwing, double sigma, long seed, PlantCalendar calendar) {
        SeededVariation noise = new SeededVariation(seed, sigma, 30, 1200, 12);
        DailyCycle cycle = new DailyCycle(dailySwing / base, 15, 0.85, 0.05, 25, 2);
        // Starts exactly at the base, where the plant's initial state is steady.
        double offset = noise.at(0);
        return t -> base * cycle.relative(calendar, t) + noise.at(t) - offset;
    }

    /** This profile with a step of {@code deltaMegawatts} from plant time {@code atSeconds} on. */
    default LoadProfile withStep(double atSeconds, double deltaMegawatts) {
        return t -> megawatts(t) + (t >= atSeconds ? deltaMegawatts : 0);
    }
}
