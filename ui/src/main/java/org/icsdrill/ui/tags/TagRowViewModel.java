package org.icsdrill.ui.tags;

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

/** One row of the tag table: the tag's declaration and its live value. */
public final class TagRowViewModel {

    private final TagInfo tag;
    private final Messages messages;
    private final StringProperty value = new SimpleStringProperty("…");
    private final BooleanProperty abnormal = new SimpleBooleanProperty();

    TagRowViewModel(TagInfo tag, Messages messages) {
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
