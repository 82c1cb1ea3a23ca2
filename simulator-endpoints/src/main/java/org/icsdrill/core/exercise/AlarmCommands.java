package org.icsdrill.core.exercise;

import org.icsdrill.api.ExerciseRefusal;
import org.icsdrill.api.ExerciseResult;
import org.icsdrill.api.ResultCode;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.alarm.AlarmEvent;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;

/**
 * The exercise's alarm commands (ISA-18.2): acknowledging a plant's alarm or the network's
 * unknown-source alarm, and shelving one for a while with a reason, by the rules of
 * {@link ShelvingRule}. Each goes on the exercise's timeline.
 */
final class AlarmCommands {

    /** The longest an alarm may be shelved, so that none is forgotten for the rest of the drill. */
    static final double MAX_SHELVE_MINUTES = 60;

    /** Where an action goes on the exercise's timeline (which tells the consoles it changed). */
    @FunctionalInterface
    interface TimelineLog {
        void entry(TimelineEntry.Kind kind, Actor actor, String plant, String what, String detail);
    }

    private final Simulation simulation;
    private final UnknownSourceAlarms unknownSources;
    private final TimelineLog log;

    AlarmCommands(Simulation simulation, UnknownSourceAlarms unknownSources, TimelineLog log) {
        this.simulation = simulation;
        this.unknownSources = unknownSources;
        this.log = log;
    }

    ExerciseResult acknowledge(Actor actor, String plantId, String tag) {
        if (UnknownSourceAlarms.TAG.equals(tag)) {
            String message = unknownSources.acknowledge(PlantResponses.plant(simulation, plantId).id(), actor.user(),
                    simulation.plantTimeSeconds());
            if (message == null) {
                throw new ExerciseRefusal(ResultCode.NO_ALARM_TO_ACKNOWLEDGE, plantId + "." + tag);
            }
            log.entry(TimelineEntry.Kind.ALARM_ACKNOWLEDGED, actor, plantId, tag, message);
            return ExerciseResult.done(ResultCode.ALARM_ACKNOWLEDGED, plantId + "." + tag);
        }
        PlantRuntime plant = PlantResponses.plant(simulation, plantId);
        AlarmEvent event = simulation.executeNow(s -> plant.acknowledge(requireTag(plant, tag), actor.user()));
        if (event == null) {
            throw new ExerciseRefusal(ResultCode.NO_ALARM_TO_ACKNOWLEDGE, plantId + "." + tag);
        }
        log.entry(TimelineEntry.Kind.ALARM_ACKNOWLEDGED, actor, plantId, tag, event.alarm().message());
        return ExerciseResult.done(ResultCode.ALARM_ACKNOWLEDGED, plantId + "." + tag);
    }

    /** Shelves an alarm for a while, with a reason; urgent and safety alarms only when {@code instructor}. */
    ExerciseResult shelve(Actor actor, String plantId, String tag, double minutes, String reason, boolean instructor) {
        PlantRuntime plant = PlantResponses.plant(simulation, plantId);
        if (!(minutes > 0 && minutes <= MAX_SHELVE_MINUTES)) {
            throw new ExerciseRefusal(ResultCode.SHELVE_MINUTES_OUT_OF_RANGE, (int) MAX_SHELVE_MINUTES, minutes);
        }
        if (reason == null || reason.isBlank()) {
            throw new ExerciseRefusal(ResultCode.SHELVE_REASON_MISSING);
        }
        AlarmEvent event = simulation.executeNow(s -> {
            ShelvingRule.check(plant, requireTag(plant, tag), instructor);
            return plant.shelveAlarm(tag, actor.user(), reason, s.plantTimeSeconds() + minutes * 60);
        });
        if (event == null) {
            throw new ExerciseRefusal(ResultCode.NO_ALARM_TO_SHELVE, plantId + "." + tag);
        }
        log.entry(TimelineEntry.Kind.ALARM_SHELVED, actor, plantId, tag, minutes + " min: " + reason);
        return ExerciseResult.done(ResultCode.ALARM_SHELVED, plantId + "." + tag, minutes);
    }

    private static String requireTag(PlantRuntime plant, String tag) {
        if (tag == null || plant.catalog().indexOf(tag).isEmpty()) {
            throw new ExerciseRefusal(ResultCode.UNKNOWN_TAG, tag, plant.id());
        }
        return tag;
    }
}
