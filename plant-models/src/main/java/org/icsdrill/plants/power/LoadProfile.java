package org.icsdrill.plants.power;

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
     * A working day in the area: {@code base} MW at plant time zero (10:00), following a daily cycle of
     * ±{@code dailySwing} (peak mid-afternoon, trough before dawn), plus a seeded random variation of
     * standard deviation {@code sigma} MW with periods from 30 s to 20 min (customers switching, the
     * fast part of demand that AGC chases).
     */
    static LoadProfile daily(double base, double dailySwing, double sigma, long seed) {
        SeededVariation noise = new SeededVariation(seed, sigma, 30, 1200, 12);
        double startHour = 10;
        double peakHour = 15;
        // Both offsets make the profile start exactly at the base, where the plant's initial state is steady.
        double offset = dailySwing * Math.cos(2 * Math.PI * (startHour - peakHour) / 24) + noise.at(0);
        return t -> {
            double hour = startHour + t / 3600;
            return base + dailySwing * Math.cos(2 * Math.PI * (hour - peakHour) / 24) - offset + noise.at(t);
        };
    }

    /** This profile with a step of {@code deltaMegawatts} from plant time {@code atSeconds} on. */
    default LoadProfile withStep(double atSeconds, double deltaMegawatts) {
        return t -> megawatts(t) + (t >= atSeconds ? deltaMegawatts : 0);
    }
}
