package org.icsdrill.core.alarm;

/** A change in the alarm list, for the journal and the exercise record. */
public record AlarmEvent(Type type, double plantTimeSeconds, Alarm alarm, String user, String reason) {

    public AlarmEvent(Type type, double plantTimeSeconds, Alarm alarm, String user) {
        this(type, plantTimeSeconds, alarm, user, null);
    }

    public enum Type {
        RAISED,
        CLEARED,
        ACKNOWLEDGED,
        /** Set aside by an operator until a time, with a reason. */
        SHELVED,
        /** Back from the shelf: its time ran out or the operator took it back. */
        UNSHELVED
    }
}
