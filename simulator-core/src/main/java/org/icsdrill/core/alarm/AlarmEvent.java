package org.icsdrill.core.alarm;

/** A change in the alarm list, for the journal and the exercise record. */
public record AlarmEvent(Type type, double plantTimeSeconds, Alarm alarm, String user) {

    public enum Type {
        RAISED,
        CLEARED,
        ACKNOWLEDGED
    }
}
