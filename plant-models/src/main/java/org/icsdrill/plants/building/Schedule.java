package org.icsdrill.plants.building;

import org.icsdrill.core.plant.PlantCalendar;

/** The office's occupancy: weekdays 08:00 to 19:00 local time on the plant's calendar. */
final class Schedule {

    static final double OPENS = 8;
    static final double CLOSES = 19;

    private final PlantCalendar calendar;

    Schedule(PlantCalendar calendar) {
        this.calendar = calendar;
    }

    boolean occupied(double timeSeconds) {
        double hour = calendar.hourOfDay(timeSeconds);
        return calendar.isWeekday(timeSeconds) && hour >= OPENS && hour < CLOSES;
    }
}
