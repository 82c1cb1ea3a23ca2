package org.icsdrill.ui.mimic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icsdrill.core.mimic.Equipment;
import org.icsdrill.ui.common.Formats;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.NormalRange;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.icsdrill.ui.opcua.TagType;
import org.icsdrill.ui.overview.OverviewView;
import org.icsdrill.ui.tags.FaceplateLoop;

/**
 * One piece of equipment on a mimic, live: whether it runs or is open (the symbol's fill), how far a
 * valve is open, a vessel's level, whether anything about it is abnormal (the only thing that brings
 * colour, ISA-101), and for a controller its set point and mode. Updated on the UI thread.
 *
 * <p>Abnormal means: its state tag has bad quality or is in its alarm state (the layout's
 * {@code abnormalWhen}, else the declared one: breaker 52G open, slam-shut valve shut, agitator
 * stopped); or one of its alarm tags is bad, outside its EURange or outside its normal range.
 */
public final class EquipmentViewModel {

    /** What the symbol's fill shows. */
    public enum State {
        /** No good value yet (or bad quality): drawn dashed. */
        UNKNOWN,
        /** Running, open, closed breaker, loop in auto: filled dark grey. */
        ON,
        /** Stopped, shut, open breaker: hollow. */
        OFF
    }

    /** Above this fraction of its range an analog output counts as open or running. */
    static final double ON_THRESHOLD = 0.01;

    private final String plantId;
    private final Equipment spec;
    private final Messages messages;
    private final TagInfo stateTag;
    private final NormalRange stateNormal;
    private final Map<TagInfo, NormalRange> alarmTags = new HashMap<>();
    private final TagInfo levelTag;
    private final TagInfo setpointTag;
    private final TagInfo outputTag;
    private final TagInfo modeTag;
    private final FaceplateLoop loop;
    private final Set<String> watched = new LinkedHashSet<>();
    private final Map<String, TagSample> last = new HashMap<>();

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.UNKNOWN);
    private final DoubleProperty opening = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty level = new SimpleDoubleProperty(Double.NaN);
    private final BooleanProperty abnormal = new SimpleBooleanProperty();
    private final StringProperty detail = new SimpleStringProperty("");

    /** Tags the plant does not have are left out, so an older server shows what it can. */
    EquipmentViewModel(PlantInfo plant, Equipment spec, Messages messages) {
        this.plantId = plant.id();
        this.spec = spec;
        this.messages = messages;
        this.stateTag = find(plant, spec.state());
        NormalRange declared = stateTag == null ? NormalRange.NONE : stateTag.normal();
        this.stateNormal = spec.abnormalWhen() != null ? NormalRange.alarmWhen(spec.abnormalWhen()) : declared;
        for (String name : spec.alarms()) {
            TagInfo tag = find(plant, name);
            if (tag != null) {
                alarmTags.put(tag, tag.normal());
            }
        }
        this.levelTag = find(plant, spec.level());
        Equipment.Loop l = spec.loop();
        this.setpointTag = l == null ? null : find(plant, l.sp());
        this.outputTag = l == null ? null : find(plant, l.out());
        this.modeTag = l == null ? null : find(plant, l.mode());
        this.loop = faceplateLoop(plant, spec);
        for (TagInfo tag : new TagInfo[] {stateTag, levelTag, setpointTag, outputTag, modeTag}) {
            if (tag != null) {
                watched.add(tag.id());
            }
        }
        alarmTags.keySet().forEach(t -> watched.add(t.id()));
    }

    private static FaceplateLoop faceplateLoop(PlantInfo plant, Equipment spec) {
        List<FaceplateLoop.Member> members = new ArrayList<>();
        Equipment.Loop l = spec.loop();
        if (l != null) {
            member(members, plant, FaceplateLoop.Role.PV, l.pv());
            member(members, plant, FaceplateLoop.Role.SP, l.sp());
            member(members, plant, FaceplateLoop.Role.OUT, l.out());
            member(members, plant, FaceplateLoop.Role.MODE, l.mode());
            l.others().forEach(name -> member(members, plant, FaceplateLoop.Role.OTHER, name));
        } else if (spec.state() != null) {
            member(members, plant, FaceplateLoop.Role.PV, spec.state());
        }
        return members.isEmpty() ? null : new FaceplateLoop(l != null ? l.title() : spec.id(), members);
    }

    /** A loop member with its normal range; a mode is abnormal in manual, as on the controller's balloon. */
    private static void member(List<FaceplateLoop.Member> members, PlantInfo plant, FaceplateLoop.Role role,
                               String name) {
        TagInfo tag = find(plant, name);
        if (tag != null) {
            NormalRange normal = tag.normal() == NormalRange.NONE && role == FaceplateLoop.Role.MODE
                    ? NormalRange.alarmWhen(false) : tag.normal();
            members.add(new FaceplateLoop.Member(role, tag, normal));
        }
    }

    private static TagInfo find(PlantInfo plant, String name) {
        return name == null ? null : plant.tag(name).orElse(null);
    }

    /** Applies the samples of this equipment's tags from one batch. */
    void update(Map<String, TagSample> batch) {
        boolean changed = false;
        for (String id : watched) {
            TagSample sample = batch.get(id);
            if (sample != null) {
                last.put(id, sample);
                changed = true;
            }
        }
        if (changed) {
            recompute();
        }
    }

    private void recompute() {
        TagSample stateSample = stateTag == null ? null : last.get(stateTag.id());
        double stateValue = value(stateSample);
        if (Double.isNaN(stateValue)) {
            state.set(State.UNKNOWN);
            opening.set(Double.NaN);
        } else if (stateTag.type() == TagType.REAL && stateTag.hasRange()) {
            double fraction = stateTag.fractionOf(stateValue);
            opening.set(fraction);
            state.set(fraction > ON_THRESHOLD ? State.ON : State.OFF);
        } else {
            state.set(stateValue != 0 ? State.ON : State.OFF);
        }
        level.set(levelTag == null ? Double.NaN : levelTag.fractionOf(value(last.get(levelTag.id()))));

        boolean bad = stateSample != null && !stateSample.usable();
        bad |= stateNormal.abnormal(stateValue);
        for (Map.Entry<TagInfo, NormalRange> alarm : alarmTags.entrySet()) {
            TagSample sample = last.get(alarm.getKey().id());
            if (sample != null) {
                double v = value(sample);
                bad |= !sample.usable() || alarm.getKey().outOfRange(v) || alarm.getValue().abnormal(v);
            }
        }
        abnormal.set(bad);
        detail.set(detailText());
    }

    /** "SP 350.0 K" over "OUT 45.2 %  AUTO": what an operator reads off a controller at a glance. */
    private String detailText() {
        String setpoint = shown("mimic.sp", setpointTag);
        String output = shown("mimic.out", outputTag);
        String mode = "";
        if (modeTag != null && last.containsKey(modeTag.id())) {
            double auto = value(last.get(modeTag.id()));
            mode = Double.isNaN(auto) ? Formats.value(modeTag, last.get(modeTag.id()), messages)
                    : messages.get(auto != 0 ? "mode.auto" : "mode.manual");
        }
        String second = String.join("  ", List.of(output, mode).stream().filter(s -> !s.isEmpty()).toList());
        return String.join("\n", List.of(setpoint, second).stream().filter(s -> !s.isEmpty()).toList());
    }

    private String shown(String key, TagInfo tag) {
        if (tag == null || !last.containsKey(tag.id())) {
            return "";
        }
        return messages.get(key, Formats.value(tag, last.get(tag.id()), messages), tag.unit()).trim();
    }

    private static double value(TagSample sample) {
        return sample == null || !sample.usable() ? Double.NaN : sample.asDouble();
    }

    public Equipment spec() {
        return spec;
    }

    public String id() {
        return spec.id();
    }

    /** The node id of the symbol: {@code equipment-chemical_P101}. */
    public String nodeId() {
        return OverviewView.nodeId("equipment", plantId + "." + spec.id());
    }

    /** What the faceplate shows when the operator clicks it; null when it has no tags. */
    public FaceplateLoop loop() {
        return loop;
    }

    /** The tag whose value fills the symbol, null when none. */
    public TagInfo stateTag() {
        return stateTag;
    }

    /** The tags that make it abnormal besides its state. */
    public Set<TagInfo> alarmTags() {
        return alarmTags.keySet();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    /** How far an analog output is open, 0 to 1; NaN for on/off equipment or while unknown. */
    public ReadOnlyDoubleProperty openingProperty() {
        return opening;
    }

    /** A vessel's level as a fraction of its range; NaN without a level tag or value. */
    public ReadOnlyDoubleProperty levelProperty() {
        return level;
    }

    public ReadOnlyBooleanProperty abnormalProperty() {
        return abnormal;
    }

    /** A controller's set point, output and mode on two lines; empty for equipment without a loop. */
    public ReadOnlyStringProperty detailProperty() {
        return detail;
    }
}
