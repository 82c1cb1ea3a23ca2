package org.icsdrill.ui.exercise;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.api.DeskState;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.api.ExerciseState;
import org.icsdrill.api.HostEvent;
import org.icsdrill.api.InjectCard;
import org.icsdrill.api.NetworkSummary;
import org.icsdrill.api.SiteView;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.api.TrafficItem;
import org.icsdrill.core.alarm.Alarm;
import org.icsdrill.ui.opcua.ExerciseSample;

/**
 * One batch of exercise variables, parsed once for every screen: each part is present only when its
 * variable changed since the last batch.
 */
public record ExerciseUpdate(Optional<ExerciseState> state, Optional<List<Alarm>> alarms,
                             Optional<List<TrafficItem>> traffic, Optional<List<InjectCard>> cards,
                             Optional<List<TimelineEntry>> actions, Optional<List<TimelineEntry>> timeline,
                             Optional<DeskState> desk, Optional<NetworkSummary> hosts, Optional<SiteView> site,
                             Optional<List<HostEvent>> hostEvents) {

    public static final ExerciseUpdate NONE = of(Map.of());

    /** Parses a batch keyed by variable id ({@link ExerciseAddress}). */
    public static ExerciseUpdate of(Map<String, ExerciseSample> batch) {
        return new ExerciseUpdate(
                part(batch, ExerciseAddress.STATE).map(ExerciseJson::state),
                part(batch, ExerciseAddress.ALARMS).map(ExerciseJson::alarms),
                part(batch, ExerciseAddress.TRAFFIC).map(ExerciseJson::traffic),
                part(batch, ExerciseAddress.INJECTS).map(ExerciseJson::cards),
                part(batch, ExerciseAddress.ACTIONS).map(ExerciseJson::timeline),
                part(batch, ExerciseAddress.TIMELINE).map(ExerciseJson::timeline),
                part(batch, ExerciseAddress.DESK).map(ExerciseJson::desk),
                part(batch, ExerciseAddress.HOSTS).map(ExerciseJson::network),
                part(batch, ExerciseAddress.SITE).map(ExerciseJson::site),
                part(batch, ExerciseAddress.HOST_EVENTS).map(ExerciseJson::hostEvents));
    }

    private static Optional<String> part(Map<String, ExerciseSample> batch, String variable) {
        return Optional.ofNullable(batch.get(variable)).map(ExerciseSample::json);
    }
}
