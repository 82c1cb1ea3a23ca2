package org.icsdrill.core.alarm;

/** Which limit an alarm crossed; {@code STATE} for discrete alarms. */
public enum AlarmLevel {
    NONE,
    LOW_LOW,
    LOW,
    HIGH,
    HIGH_HIGH,
    STATE
}
