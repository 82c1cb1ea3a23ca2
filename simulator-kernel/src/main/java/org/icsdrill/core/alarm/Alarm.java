package org.icsdrill.core.alarm;

import org.icsdrill.core.tag.AlarmPriority;

/**
 * One alarm as a SCADA alarm list shows it. States follow ISA-18.2: active and unacknowledged,
 * active and acknowledged, or returned to normal but still unacknowledged. A shelved alarm (ISA-18.2,
 * 11.3: set aside by an operator for a while, with a reason) stays in the list, marked.
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
        String message) {

    Alarm withActive(boolean nowActive, double nowValue) {
        return new Alarm(plant, tag, level, priority, nowActive, acknowledged, shelved, raisedAtSeconds, nowValue,
                message);
    }

    Alarm withAcknowledged() {
        return new Alarm(plant, tag, level, priority, active, true, shelved, raisedAtSeconds, value, message);
    }

    Alarm withShelved(boolean nowShelved) {
        return new Alarm(plant, tag, level, priority, active, acknowledged, nowShelved, raisedAtSeconds, value,
                message);
    }
}
