package org.icsdrill.ui.overview;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icsdrill.ui.common.Formats;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;

/** One key measurement on a plant tile: name, value, unit, range, and whether it is outside its range. */
public final class KeyValueViewModel {

    private final TagInfo tag;
    private final StringProperty value = new SimpleStringProperty("…");
    private final BooleanProperty abnormal = new SimpleBooleanProperty();
    private final Messages messages;

    KeyValueViewModel(TagInfo tag, Messages messages) {
        this.tag = tag;
        this.messages = messages;
    }

    void update(TagSample sample) {
        value.set(Formats.value(tag, sample, messages));
        abnormal.set(!sample.good() || tag.outOfRange(sample.asDouble()));
    }

    public TagInfo tag() {
        return tag;
    }

    public String label() {
        return tag.name();
    }

    public String description() {
        return tag.description();
    }

    public String unit() {
        return tag.unit();
    }

    public String range() {
        return Formats.range(tag);
    }

    public ReadOnlyStringProperty valueProperty() {
        return value;
    }

    public ReadOnlyBooleanProperty abnormalProperty() {
        return abnormal;
    }
}
