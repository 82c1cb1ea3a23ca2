package org.icsdrill.core.alarm;

import org.icsdrill.core.tag.AlarmPriority;

/**
 * One alarm as a SCADA alarm list shows it. States follow ISA-18.2: active and unacknowledged,
 * active and acknowledged, or returned to normal but still unacknowledged.
 */
public record Alarm(
        String plant,
        String tag,
        AlarmLevel level,
        AlarmPriority priority,
        boolean active,
        boolean acknowledged,
        double raisedAtSeconds,
        double value,
        String message) {
}
