package org.icsdrill.plants.common;

import org.icsdrill.core.plant.PlantCalendar;

/**
 * A demand's shape over the plant calendar: a daily cosine peaking at a local hour, a level for weekdays
 * and one for weekends (eased in over the first hours after midnight, so a Saturday starts from Friday's
 * night rather than with a step), and a seasonal cosine over the year. {@link #relative} is the shape
 * divided by its value at plant time 0: the plants start steady at their design point whatever the
 * calendar, and then move as the clock says (falling into the night after a 22:00 start, rising into the
 * afternoon after a 10:00 one). {@link #aroundStartDay} instead makes the design point the mean of the
 * first day: the swing keeps its size, and the start is off the design point by the hour's part of it.
 *
 * @param dailyAmplitude  half the daily swing, as a fraction of the mean
 * @param peakHour        local hour of the daily maximum
 * @param weekendLevel    weekend demand as a fraction of weekday demand
 * @param seasonAmplitude half the seasonal swing, as a fraction of the mean
 * @param seasonPeakDay   day of the year of the seasonal maximum
 * @param seasonsPerYear  1 for a winter (heating) or summer peak, 2 for both
 */
public record DailyCycle(double dailyAmplitude, double peakHour, double weekendLevel, double seasonAmplitude,
                         double seasonPeakDay, int seasonsPerYear) {

    private static final double EASE_HOURS = 6;

    /** The shape at plant time t, about 1 on an average weekday. */
    public double at(PlantCalendar calendar, double t) {
        double hour = calendar.hourOfDay(t);
        double daily = 1 + dailyAmplitude * Math.cos(2 * Math.PI * (hour - peakHour) / 24);
        return daily * season(calendar, t) * dayLevel(calendar, t, hour);
    }

    private double season(PlantCalendar calendar, double t) {
        return 1 + seasonAmplitude
                * Math.cos(2 * Math.PI * seasonsPerYear * (calendar.dayOfYear(t) - seasonPeakDay) / 365.25);
    }

    /** The shape at t relative to plant time 0. */
    public double relative(PlantCalendar calendar, double t) {
        return at(calendar, t) / at(calendar, 0);
    }

    /** The shape at t over the mean of plant time 0's day: its season and day type, without the daily cosine. */
    public double aroundStartDay(PlantCalendar calendar, double t) {
        return at(calendar, t) / (season(calendar, 0) * (calendar.isWeekday(0) ? 1 : weekendLevel));
    }

    private double dayLevel(PlantCalendar calendar, double t, double hour) {
        double today = calendar.isWeekday(t) ? 1 : weekendLevel;
        if (hour >= EASE_HOURS) {
            return today;
        }
        double yesterday = calendar.isWeekday(t - (hour + 1) * 3600) ? 1 : weekendLevel;
        double f = hour / EASE_HOURS;
        return yesterday + (today - yesterday) * f * f * (3 - 2 * f);
    }
}
