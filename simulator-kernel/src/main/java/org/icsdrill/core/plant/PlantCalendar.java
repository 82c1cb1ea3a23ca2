package org.icsdrill.core.plant;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The local civil time of plant time 0: what a plant's schedules, weather, occupancy and demand follow.
 * Plant time {@code t} seconds is the local date-time {@code start + t} in {@link #zone()} (daylight-saving
 * changes included). A plant asks it for the hour of the day, the day of the week and the day of the year
 * of a plant time; it never reads the wall clock, so a run is reproducible.
 *
 * <p>A run with a scenario {@code start_time} gets that instant in the scenario's time zone (its
 * {@code time_zone}, the offset written in {@code start_time}, else UTC); a run without one gets
 * {@link #DEFAULT}, a fixed winter Monday at 10:00, so that seeded runs reproduce whatever the wall
 * clock says (ADR 15).
 *
 * @param start the local date-time at plant time 0, with its zone
 */
public record PlantCalendar(ZonedDateTime start) {

    /** Monday 12 January 2026, 10:00 UTC: the calendar of a run without a start time. */
    public static final PlantCalendar DEFAULT =
            new PlantCalendar(ZonedDateTime.of(2026, 1, 12, 10, 0, 0, 0, ZoneOffset.UTC));

    private static final double DAY = 86_400;

    public PlantCalendar {
        Objects.requireNonNull(start, "start");
    }

    /** The calendar of a run whose plant time 0 is {@code instant}, read in {@code zone}. */
    public static PlantCalendar at(Instant instant, ZoneId zone) {
        return new PlantCalendar(instant.atZone(zone));
    }

    public ZoneId zone() {
        return start.getZone();
    }

    /** The local date-time of a plant time. */
    public ZonedDateTime at(double plantSeconds) {
        return start.plusNanos(Math.round(plantSeconds * 1e9));
    }

    /** Local time of day of a plant time, in hours from local midnight, 0 up to 24 (fractional). */
    public double hourOfDay(double plantSeconds) {
        return localSeconds(plantSeconds) % DAY / 3600;
    }

    public DayOfWeek dayOfWeek(double plantSeconds) {
        return DayOfWeek.of((int) Math.floorMod(localEpochDay(plantSeconds) + 3, 7L) + 1); // 1970-01-01: Thursday
    }

    /** Monday to Friday. */
    public boolean isWeekday(double plantSeconds) {
        DayOfWeek day = dayOfWeek(plantSeconds);
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** Day of the year, 1 on 1 January at 00:00, with the fraction of the day (the season's clock). */
    public double dayOfYear(double plantSeconds) {
        return LocalDate.ofEpochDay(localEpochDay(plantSeconds)).getDayOfYear() + hourOfDay(plantSeconds) / 24;
    }

    private long localEpochDay(double plantSeconds) {
        return (long) Math.floor(localSeconds(plantSeconds) / DAY);
    }

    /**
     * Seconds since 1970-01-01T00:00 local time (no zone): whole days of it are local midnights. A fixed offset
     * is plain arithmetic: the zone rules' path makes a ZoneRules object per call for a ZoneOffset, and this runs
     * for every plant every tick.
     */
    private double localSeconds(double plantSeconds) {
        if (start.getZone() instanceof ZoneOffset) {
            LocalDateTime origin = start.toLocalDateTime();
            long nanos = origin.getNano() + Math.round(plantSeconds * 1e9);
            return origin.toEpochSecond(ZoneOffset.UTC) + Math.floorDiv(nanos, 1_000_000_000L)
                    + Math.floorMod(nanos, 1_000_000_000L) / 1e9;
        }
        LocalDateTime local = at(plantSeconds).toLocalDateTime();
        return local.toEpochSecond(ZoneOffset.UTC) + local.getNano() / 1e9;
    }
}
