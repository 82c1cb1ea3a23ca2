package org.icsdrill.ui.trend;

import java.util.List;
import org.icsdrill.ui.common.Formats;
import org.icsdrill.ui.common.LiveTagViewModel;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.NormalRange;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.icsdrill.ui.opcua.TagType;

/**
 * One pen of the trend: a tag, its colour, its live value (for the legend) and its history. Pens are
 * drawn in percent of their own range, so that a temperature in K and a valve in % share one chart;
 * the axis is labelled in the units of the pen the operator picks.
 */
public final class PenViewModel {

    private final TagInfo tag;
    private final String color;
    private final LiveTagViewModel live;
    private final TrendBuffer buffer;
    private double lastValue = Double.NaN;

    PenViewModel(TagInfo tag, String color, Messages messages, NormalRange normal, int capacity) {
        this.tag = tag;
        this.color = color;
        this.live = new LiveTagViewModel(tag, messages, normal);
        this.buffer = new TrendBuffer(capacity);
    }

    /** A new sample at plant time {@code time} (seconds since the epoch; NaN: not on the time axis). */
    void add(double time, TagSample sample) {
        live.update(sample);
        lastValue = sample.usable() ? sample.asDouble() : Double.NaN;
        if (!Double.isNaN(time)) {
            buffer.add(time, lastValue);
        }
    }

    /** Points from before the pen was added (the server's history), put in front of what it has. */
    void fill(List<TrendBuffer.Point> past) {
        buffer.prepend(past);
    }

    /** No new sample, but plant time has moved on: the value held since (subscriptions report changes only). */
    void hold(double time) {
        if (!buffer.isEmpty() && time > buffer.time(buffer.size() - 1)) {
            buffer.add(time, lastValue);
        }
    }

    /** The points between {@code from} and {@code to}, value in percent of the pen's range. */
    public List<TrendBuffer.Point> points(double from, double to, int buckets) {
        return buffer.visible(from, to, buckets).stream()
                .map(p -> new TrendBuffer.Point(p.time(), percent(p.value()))).toList();
    }

    /** A value in percent of the range: 0 at EURange low, 100 at high; on/off as 0 and 100. */
    public double percent(double value) {
        if (tag.hasRange() && tag.high() > tag.low()) {
            return 100 * (value - tag.low()) / (tag.high() - tag.low());
        }
        return 100 * value;
    }

    /** The inverse of {@link #percent}, written in the tag's units, for the axis labels. */
    public String scaled(double percent) {
        if (tag.hasRange() && tag.high() > tag.low()) {
            return Formats.number(tag, tag.low() + percent / 100 * (tag.high() - tag.low()));
        }
        return tag.type() == TagType.BOOL ? Formats.number(tag, percent / 100) : String.valueOf(percent / 100);
    }

    public TagInfo tag() {
        return tag;
    }

    /** CSS colour of the line and the legend's swatch. */
    public String color() {
        return color;
    }

    public LiveTagViewModel live() {
        return live;
    }

    public TrendBuffer buffer() {
        return buffer;
    }
}
