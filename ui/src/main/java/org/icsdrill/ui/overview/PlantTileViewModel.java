package org.icsdrill.ui.overview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icsdrill.ui.common.LiveTagViewModel;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;

/**
 * One plant on the overview: its status (from its trip flag when it has one, otherwise
 * "connected"), a few key measurements, and how many values are outside their EURange.
 */
public final class PlantTileViewModel {

    /** Key measurements per tile: enough to recognise the plant at a glance, few enough to read. */
    public static final int KEY_MEASUREMENTS = 4;

    private final PlantInfo plant;
    private final Messages messages;
    private final List<LiveTagViewModel> keyValues;
    private final TagInfo tripFlag;
    private final Map<String, Boolean> outside = new HashMap<>();
    private final StringProperty status = new SimpleStringProperty();
    private final BooleanProperty tripped = new SimpleBooleanProperty();
    private final IntegerProperty outOfRange = new SimpleIntegerProperty();

    PlantTileViewModel(PlantInfo plant, Messages messages) {
        this.plant = plant;
        this.messages = messages;
        this.keyValues = plant.tags().stream()
                .filter(t -> t.measurement() && !t.name().startsWith("SIS."))
                .limit(KEY_MEASUREMENTS)
                .map(t -> new LiveTagViewModel(t, messages))
                .toList();
        this.tripFlag = plant.tags().stream().filter(TagInfo::isTripFlag).findFirst().orElse(null);
        status.set(messages.get("status.connected"));
    }

    void update(TagSample sample) {
        TagInfo tag = plant.tags().stream().filter(t -> t.id().equals(sample.tagId())).findFirst().orElse(null);
        if (tag == null) {
            return;
        }
        for (LiveTagViewModel key : keyValues) {
            if (key.tag().equals(tag)) {
                key.update(sample);
            }
        }
        if (tag.equals(tripFlag) && sample.usable()) {
            boolean trip = Boolean.TRUE.equals(sample.value());
            tripped.set(trip);
            String state = messages.get(trip ? "status.tripped" : "status.running");
            // the last state received, not the plant's state now, while the connection is lost
            status.set(sample.quality() == TagSample.Quality.STALE ? messages.get("value.stale", state) : state);
        }
        if (tag.type() != org.icsdrill.ui.opcua.TagType.BOOL && tag.hasRange()) {
            outside.put(tag.id(), sample.quality() == TagSample.Quality.FAILED || tag.outOfRange(sample.asDouble()));
            outOfRange.set((int) outside.values().stream().filter(Boolean::booleanValue).count());
        }
    }

    public String plantId() {
        return plant.id();
    }

    /** The plant's name ("Chemical reactor"), else its id. */
    public String title() {
        return plant.name();
    }

    /** The rest of the description ("Exothermic CSTR ..."), empty when there is none. */
    public String subtitle() {
        return plant.summary();
    }

    public List<LiveTagViewModel> keyValues() {
        return keyValues;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty trippedProperty() {
        return tripped;
    }

    public ReadOnlyIntegerProperty outOfRangeProperty() {
        return outOfRange;
    }
}
