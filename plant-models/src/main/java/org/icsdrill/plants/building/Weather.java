package org.icsdrill.plants.building;

import org.icsdrill.plants.common.SeededVariation;

/** Outside air temperature over plant time, °C; a pure function of time (see {@link SeededVariation}). */
@FunctionalInterface
public interface Weather {

    double outsideTemperature(double timeSeconds);

    static Weather constant(double celsius) {
        return t -> celsius;
    }

    /**
     * A Tokyo January day: daily mean {@code mean} °C with ±{@code swing} K (coldest at 05:00, warmest at
     * 14:00, roughly a cosine), plus a seeded variation of 0.8 K with periods from 10 min to 6 h. Plant time
     * zero is 10:00 and the profile starts exactly at its value for that hour without the variation.
     */
    static Weather winter(double mean, double swing, long seed) {
        SeededVariation noise = new SeededVariation(seed, 0.8, 600, 21_600, 10);
        double offset = noise.at(0);
        return t -> {
            double hour = Schedule.START_HOUR + t / 3600;
            return mean + swing * Math.cos(2 * Math.PI * (hour - 14) / 24) + noise.at(t) - offset;
        };
    }
}
