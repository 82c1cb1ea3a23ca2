package org.icsdrill.ui.alarms;

import org.icsdrill.core.alarm.Alarm;

/**
 * One line of the alarm list as the operator reads it: texts already in the console's language.
 *
 * @param state unacknowledged and active, acknowledged, returned to normal, shelved
 */
public record AlarmRow(Alarm alarm, String time, String priority, String tagId, String message, String state) {

    /** Active and not yet acknowledged: what the operator must look at first (ISA-18.2). */
    public boolean needsAcknowledge() {
        return !alarm.acknowledged();
    }
}
