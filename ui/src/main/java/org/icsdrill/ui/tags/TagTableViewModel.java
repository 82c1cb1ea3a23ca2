package org.icsdrill.ui.tags;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdrill.ui.common.LiveTagViewModel;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagSample;

/** Every tag of one plant with its live value, in declaration order. Updated on the UI thread. */
public final class TagTableViewModel {

    private final PlantInfo plant;
    private final Map<String, LiveTagViewModel> rows = new LinkedHashMap<>();

    public TagTableViewModel(PlantInfo plant, Messages messages) {
        this.plant = plant;
        plant.tags().forEach(t -> rows.put(t.id(), new LiveTagViewModel(t, messages)));
    }

    public void apply(Map<String, TagSample> batch) {
        for (TagSample sample : batch.values()) {
            LiveTagViewModel row = rows.get(sample.tagId());
            if (row != null) {
                row.update(sample);
            }
        }
    }

    public PlantInfo plant() {
        return plant;
    }

    public List<LiveTagViewModel> rows() {
        return List.copyOf(rows.values());
    }

    public LiveTagViewModel row(String name) {
        return rows.get(plant.id() + "." + name);
    }
}
