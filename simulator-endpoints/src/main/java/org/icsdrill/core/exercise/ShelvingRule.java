package org.icsdrill.core.exercise;

import org.icsdrill.api.ExerciseRefusal;
import org.icsdrill.api.ResultCode;
import org.icsdrill.core.alarm.Alarm;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.tag.AlarmPriority;

/**
 * Which alarms only the instructor may shelve: urgent ones, and those of the safety system (its
 * trip latch and the tags of its {@code SIS} unit). ISA-18.2 (11.3) keeps safety alarms off the
 * operator's shelf; in a drill a trainee who shelves the SIS trip hides the very thing to notice.
 */
final class ShelvingRule {

    /** The equipment unit of a plant's safety instrumented system ({@code SIS.TRIP}, {@code SIS.FRZ}). */
    static final String SAFETY_UNIT = "SIS";

    private ShelvingRule() {
    }

    /** Refuses a trainee's shelving of such an alarm on {@code tag}; on the simulation thread. */
    static void check(PlantRuntime plant, String tag, boolean instructor) {
        boolean guarded = plant.view().alarms().stream().anyMatch(a -> a.tag().equals(tag) && instructorOnly(plant, a));
        if (guarded && !instructor) {
            throw new ExerciseRefusal(ResultCode.SHELVE_NEEDS_INSTRUCTOR, plant.id() + "." + tag);
        }
    }

    static boolean instructorOnly(PlantRuntime plant, Alarm alarm) {
        return alarm.priority() == AlarmPriority.URGENT || isSafety(plant, alarm.tag());
    }

    static boolean isSafety(PlantRuntime plant, String tag) {
        return tag.equals(plant.model().tripState().def().name()) || tag.startsWith(SAFETY_UNIT + ".");
    }
}
