package org.icsdrill.plants.building;

/** The office's occupancy: weekdays 08:00 to 19:00; plant time zero is Monday 10:00. */
final class Schedule {

    static final double START_HOUR = 10;

    private Schedule() {
    }

    static boolean occupied(double timeSeconds) {
        double hours = START_HOUR + timeSeconds / 3600;
        int day = (int) Math.floor(hours / 24) % 7;
        double hour = hours - 24 * Math.floor(hours / 24);
        return day < 5 && hour >= 8 && hour < 19;
    }
}
