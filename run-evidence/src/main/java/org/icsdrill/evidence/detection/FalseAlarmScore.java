package org.icsdrill.evidence.detection;

/**
 * Alerts outside every attack, per hour of normal operation.
 *
 * @param falseAlarms alerts counted as false alarms (each alert counts, even several in one second)
 * @param falseAlarmSeconds distinct plant-seconds holding a false alarm
 * @param normalSeconds plant-seconds of normal operation (the denominator)
 */
public record FalseAlarmScore(int falseAlarms, int falseAlarmSeconds, int normalSeconds) {

    public double normalHours() {
        return normalSeconds / 3600.0;
    }

    /** False alarms per hour of normal operation; NaN when the run has no normal second. */
    public double perHour() {
        return normalSeconds == 0 ? Double.NaN : falseAlarms / normalHours();
    }
}
