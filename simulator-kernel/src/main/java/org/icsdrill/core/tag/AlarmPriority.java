package org.icsdrill.core.tag;

/** Alarm priority, lowest first, in the four-level scheme of ISA-18.2 practice. */
public enum AlarmPriority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}
