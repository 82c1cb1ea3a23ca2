package org.icsdrill.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;

/**
 * A tag's declaration and its live value, as the overview's key values and the tag table's rows
 * show it: formatted value, unit, range, and whether it is abnormal (bad quality or out of range).
 */
public final class LiveTagViewModel {

    private final TagInfo tag;
    private final Messages messages;
    private final StringProperty value = new SimpleStringProperty("…");
    private final BooleanProperty abnormal = new SimpleBooleanProperty();

    public LiveTagViewModel(TagInfo tag, Messages messages) {
        this.tag = tag;
        this.messages = messages;
    }

    public void update(TagSample sample) {
        value.set(Formats.value(tag, sample, messages));
        abnormal.set(!sample.good() || tag.outOfRange(sample.asDouble()));
    }

    public TagInfo tag() {
        return tag;
    }

    public String name() {
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
