package org.icsdrill.core.alarm;

import org.icsdrill.core.tag.AlarmPriority;

/**
 * One alarm as a SCADA alarm list shows it. States follow ISA-18.2: active and unacknowledged,
 * active and acknowledged, or returned to normal but still unacknowledged. A shelved alarm (ISA-18.2,
 * 11.3: set aside by an operator for a while, with a reason) stays in the list, marked.
 *
 * @param limit                 the limit the value crossed (H, HH, L or LL), or the alarm state of an
 *                              on/off tag; NaN when the alarm has none (an event from the network)
 * @param acknowledgedBy        who acknowledged it, empty while unacknowledged
 * @param acknowledgedAtSeconds plant time of the acknowledgement, NaN while unacknowledged
 * @param shelvedBy             who shelved it, empty while not shelved
 * @param shelvedAtSeconds      plant time it was shelved, NaN while not shelved
 */
public record Alarm(
        String plant,
        String tag,
        AlarmLevel level,
        AlarmPriority priority,
        boolean active,
        boolean acknowledged,
        boolean shelved,
        double raisedAtSeconds,
        double value,
        String message,
        double limit,
        String acknowledgedBy,
        double acknowledgedAtSeconds,
        String shelvedBy,
        double shelvedAtSeconds) {

    public Alarm {
        // JSON from an older server has none of these: nobody recorded, no time
        acknowledgedBy = acknowledgedBy == null ? "" : acknowledgedBy;
        shelvedBy = shelvedBy == null ? "" : shelvedBy;
    }

    /** A new, unacknowledged alarm that nobody has shelved. */
    public static Alarm raised(String plant, String tag, AlarmLevel level, AlarmPriority priority, boolean active,
                               double raisedAtSeconds, double value, String message, double limit) {
        return new Alarm(plant, tag, level, priority, active, false, false, raisedAtSeconds, value, message, limit,
                "", Double.NaN, "", Double.NaN);
    }

    Alarm withActive(boolean nowActive, double nowValue) {
        return new Alarm(plant, tag, level, priority, nowActive, acknowledged, shelved, raisedAtSeconds, nowValue,
                message, limit, acknowledgedBy, acknowledgedAtSeconds, shelvedBy, shelvedAtSeconds);
    }

    /** The same alarm at an easier level (HH back to H): who acknowledged or shelved it still holds. */
    Alarm eased(AlarmLevel to, AlarmPriority nowPriority, double nowValue, String nowMessage, double nowLimit) {
        return new Alarm(plant, tag, to, nowPriority, true, acknowledged, shelved, raisedAtSeconds, nowValue,
                nowMessage, nowLimit, acknowledgedBy, acknowledgedAtSeconds, shelvedBy, shelvedAtSeconds);
    }

    /** Acknowledged by {@code user} at plant time {@code atSeconds}. */
    public Alarm acknowledgedBy(String user, double atSeconds) {
        return new Alarm(plant, tag, level, priority, active, true, shelved, raisedAtSeconds, value, message, limit,
                user, atSeconds, shelvedBy, shelvedAtSeconds);
    }

    /** Shelved by {@code user} at plant time {@code atSeconds}. */
    Alarm shelvedBy(String user, double atSeconds) {
        return new Alarm(plant, tag, level, priority, active, acknowledged, true, raisedAtSeconds, value, message,
                limit, acknowledgedBy, acknowledgedAtSeconds, user, atSeconds);
    }

    /** Back from the shelf: nobody holds it aside any more. */
    Alarm unshelved() {
        return new Alarm(plant, tag, level, priority, active, acknowledged, false, raisedAtSeconds, value, message,
                limit, acknowledgedBy, acknowledgedAtSeconds, "", Double.NaN);
    }
}
