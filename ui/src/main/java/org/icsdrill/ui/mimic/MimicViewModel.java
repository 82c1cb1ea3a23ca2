package org.icsdrill.ui.mimic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icsdrill.core.mimic.Equipment;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.ui.common.LiveTagViewModel;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.NormalRange;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.icsdrill.ui.overview.OverviewView;
import org.icsdrill.ui.tags.FaceplateLoop;
import org.icsdrill.ui.tags.FaceplateViewModel;

/**
 * One plant's mimic, live: its layout bound to the plant's tags, the equipment and the values next to
 * them, and the faceplate that a click on either opens. Fed from the console's batches on the UI thread.
 */
public final class MimicViewModel {

    /** A live value on the drawing. */
    public record Value(MimicLayout.Readout spec, LiveTagViewModel live) {

        /** The node id of its value: {@code mimic-value-chemical_R1_TT101}. */
        public String nodeId() {
            return OverviewView.nodeId("mimic-value", live.tag().id());
        }
    }

    private final PlantInfo plant;
    private final MimicLayout layout;
    private final FaceplateViewModel faceplate;
    private final List<EquipmentViewModel> equipment = new ArrayList<>();
    private final List<Value> values = new ArrayList<>();

    public MimicViewModel(PlantInfo plant, MimicLayout layout, FaceplateViewModel faceplate, Messages messages) {
        this.plant = plant;
        this.layout = layout;
        this.faceplate = faceplate;
        for (Equipment item : layout.equipment()) {
            equipment.add(new EquipmentViewModel(plant, item, messages));
        }
        for (MimicLayout.Readout readout : layout.readouts()) {
            plant.tag(readout.tag()).ifPresent(tag -> values.add(new Value(readout,
                    new LiveTagViewModel(tag, messages, tag.normal()))));
        }
    }

    /** Applies one batch of samples (the newest per tag) to the drawing and the open faceplate. */
    public void apply(Map<String, TagSample> batch) {
        for (EquipmentViewModel item : equipment) {
            item.update(batch);
        }
        for (Value value : values) {
            TagSample sample = batch.get(value.live().tag().id());
            if (sample != null) {
                value.live().update(sample);
            }
        }
        faceplate.apply(batch);
    }

    /** Opens the faceplate of a clicked piece of equipment. */
    public void open(EquipmentViewModel item) {
        if (item.loop() != null) {
            faceplate.open(item.loop());
        }
    }

    /** Opens the faceplate of a clicked value: that tag alone. */
    public void open(Value value) {
        faceplate.open(FaceplateLoop.single(value.live().tag(), value.live().normal()));
    }

    public PlantInfo plant() {
        return plant;
    }

    public MimicLayout layout() {
        return layout;
    }

    public List<EquipmentViewModel> equipment() {
        return List.copyOf(equipment);
    }

    public EquipmentViewModel equipment(String id) {
        return equipment.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    public List<Value> values() {
        return List.copyOf(values);
    }

    public Value value(String tagName) {
        return values.stream().filter(v -> v.live().name().equals(tagName)).findFirst().orElseThrow();
    }

    public FaceplateViewModel faceplate() {
        return faceplate;
    }

    /** The normal range of a tag by id, {@link NormalRange#NONE} without alarm limits. */
    public NormalRange normal(String tagId) {
        return plant.tags().stream().filter(t -> t.id().equals(tagId)).findFirst().map(TagInfo::normal)
                .orElse(NormalRange.NONE);
    }
}
