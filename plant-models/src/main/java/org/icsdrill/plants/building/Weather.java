package org.icsdrill.plants.building;

import org.icsdrill.core.plant.PlantCalendar;
import org.icsdrill.plants.common.SeededVariation;

/** Outside air temperature over plant time, °C; a pure function of time (see {@link SeededVariation}). */
@FunctionalInterface
public interface Weather {

    double outsideTemperature(double timeSeconds);

    static Weather constant(double celsius) {
        return t -> celsius;
    }

    /**
     * Tokyo's climate on the plant's calendar: the daily mean and half the daily range of the month,
     * interpolated between mid-months (JMA climate normals 1991-2020, Tokyo, station 47662; for example
     * January 5.4 °C ± 4.3 K, August 26.9 °C ± 3.9 K), coldest at 05:00 and warmest at 14:00 local time
     * (a cosine), plus a seeded variation of 0.8 K with periods from 10 min to 6 h. The season and the hour
     * come from the calendar, so a run starting at 22:00 starts in the night's cold.
     */
    static Weather tokyo(PlantCalendar calendar, long seed) {
        SeededVariation noise = new SeededVariation(seed, 0.8, 600, 21_600, 10);
        double offset = noise.at(0);
        return t -> {
            double day = calendar.dayOfYear(t);
            return Climate.TOKYO.mean(day) + Climate.TOKYO.halfRange(day)
                    * Math.cos(2 * Math.PI * (calendar.hourOfDay(t) - 14) / 24) + noise.at(t) - offset;
        };
    }

    /** Monthly normals: daily mean and half the mean daily range, °C and K, January first. */
    enum Climate {
        TOKYO(new double[] {5.4, 6.1, 9.4, 14.3, 18.8, 21.9, 25.7, 26.9, 23.3, 18.0, 12.5, 7.7},
                new double[] {4.3, 4.4, 4.6, 4.8, 4.5, 3.8, 3.8, 3.9, 3.5, 3.5, 4.1, 4.1});

        private final double[] mean;
        private final double[] halfRange;

        Climate(double[] mean, double[] halfRange) {
            this.mean = mean;
            this.halfRange = halfRange;
        }

        double mean(double dayOfYear) {
            return interpolate(mean, dayOfYear);
        }

        double halfRange(double dayOfYear) {
            return interpolate(halfRange, dayOfYear);
        }

        /** Linear between mid-months (day 15.2 + 30.4 m), wrapping December to January. */
        private static double interpolate(double[] monthly, double dayOfYear) {
            double months = (dayOfYear - 15.2) / 30.44;
            int m = (int) Math.floor(months);
            double f = months - m;
            return monthly[Math.floorMod(m, 12)] * (1 - f) + monthly[Math.floorMod(m + 1, 12)] * f;
        }
    }
}
