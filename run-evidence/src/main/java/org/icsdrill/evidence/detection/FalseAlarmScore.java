package org.icsdrill.evidence.detection;

/**
 * Alerts outside every attack, per hour of normal operation; apart from them, the alerts raised while a plant
 * deviated because of another plant's attack or fault (labels.csv's {@code <plant>_impact}), which are neither
 * true nor false positives.
 *
 * @param falseAlarms alerts counted as false alarms (each alert counts, even several in one second)
 * @param falseAlarmSeconds distinct plant-seconds holding a false alarm
 * @param normalSeconds plant-seconds of normal operation (the denominator)
 * @param impactAlerts alerts outside every attack in a second when some plant was impacted
 * @param impactSeconds plant-seconds outside every attack in which some plant was impacted
 */
public record FalseAlarmScore(int falseAlarms, int falseAlarmSeconds, int normalSeconds, int impactAlerts,
                              int impactSeconds) {

    /** A run without impacts. */
    public FalseAlarmScore(int falseAlarms, int falseAlarmSeconds, int normalSeconds) {
        this(falseAlarms, falseAlarmSeconds, normalSeconds, 0, 0);
    }

    public double normalHours() {
        return normalSeconds / 3600.0;
    }

    /** False alarms per hour of normal operation; NaN when the run has no normal second. */
    public double perHour() {
        return normalSeconds == 0 ? Double.NaN : falseAlarms / normalHours();
    }
}
