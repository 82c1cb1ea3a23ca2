package org.icsdrill.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icsdrill.ui.opcua.NormalRange;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;

/**
 * A tag's declaration and its live value, as the overview's key values, the tag table's rows and the
 * mimics' readouts show it: formatted value, unit, range, where the value sits in its range, and
 * whether it is abnormal (bad quality, out of range, or outside its {@link NormalRange} when it has one).
 */
public final class LiveTagViewModel {

    private final TagInfo tag;
    private final Messages messages;
    private final StringProperty value = new SimpleStringProperty("…");
    private final BooleanProperty abnormal = new SimpleBooleanProperty();
    private final BooleanProperty stale = new SimpleBooleanProperty();
    private final DoubleProperty fraction = new SimpleDoubleProperty(Double.NaN);
    private final NormalRange normal;

    public LiveTagViewModel(TagInfo tag, Messages messages) {
        this(tag, messages, NormalRange.NONE);
    }

    public LiveTagViewModel(TagInfo tag, Messages messages, NormalRange normal) {
        this.tag = tag;
        this.messages = messages;
        this.normal = normal;
    }

    public void update(TagSample sample) {
        value.set(Formats.value(tag, sample, messages));
        TagSample.Quality quality = sample.quality();
        double number = quality == TagSample.Quality.FAILED ? Double.NaN : sample.asDouble();
        abnormal.set(quality == TagSample.Quality.FAILED || tag.outOfRange(number) || normal.abnormal(number));
        stale.set(quality == TagSample.Quality.STALE);
        fraction.set(fractionOf(number));
    }

    /** Where {@code number} sits in the EURange, 0 to 1 (clamped); NaN without a range or a value. */
    public double fractionOf(double number) {
        return tag.fractionOf(number);
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

    /** The server says the value is the last usable one: nothing has updated it for a while. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale;
    }

    /** The value's place in the EURange, 0 to 1, for a bar indicator; NaN while unknown. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction;
    }

    public NormalRange normal() {
        return normal;
    }
}
