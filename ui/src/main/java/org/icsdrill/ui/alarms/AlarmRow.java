package org.icsdrill.ui.alarms;

import org.icsdrill.core.alarm.Alarm;

/**
 * One line of the alarm list as the operator reads it: texts already in the console's language.
 *
 * @param value     the value when the alarm was last evaluated, with its unit
 * @param limit     the limit it crossed (or the alarm state of an on/off tag), empty when none
 * @param state     unacknowledged and active, acknowledged, returned to normal, shelved
 * @param handledBy who acknowledged or shelved it, and when (plant time); empty while nobody has
 */
public record AlarmRow(Alarm alarm, String time, String priority, String tagId, String message, String value,
                       String limit, String state, String handledBy) {

    /** Active and not yet acknowledged: what the operator must look at first (ISA-18.2). */
    public boolean needsAcknowledge() {
        return !alarm.acknowledged();
    }

    /** The alarm's identity across updates: one alarm per tag and plant. */
    public String key() {
        return tagId;
    }
}
