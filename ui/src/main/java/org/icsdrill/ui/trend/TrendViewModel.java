package org.icsdrill.ui.trend;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.icsdrill.api.DurationText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.NormalRange;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.icsdrill.ui.opcua.TagType;

/**
 * The trend: up to {@link #MAX_PENS} pens from any plant against plant time (the samples' source
 * timestamps, never the wall clock, so an accelerated run trends at its own pace), a time window
 * that scrolls with the newest sample while live, and zoom and pan that stop it until "live".
 *
 * <p>History is kept here, from the batches, in a {@link TrendBuffer} per pen ({@link
 * TrendBuffer#CAPACITY} points); a pen starts with the tag's newest sample and, where the server keeps
 * history, is filled with the widest window's past as soon as it arrives (issue 21: a trend opened in
 * the middle of an incident shows how it began). Updated on the UI thread.
 */
public final class TrendViewModel {

    public static final int MAX_PENS = 8;
    /** The windows an operator picks from. */
    public static final List<Duration> WINDOWS = List.of(Duration.ofMinutes(2), Duration.ofMinutes(10),
            Duration.ofMinutes(30));
    static final double MIN_SPAN = 15;
    static final double MAX_SPAN = 4 * 3600;
    /** Distinct, on a light grey plot; the trend is the one place where colour means "which pen". */
    static final List<String> COLORS = List.of("#1f5fbf", "#b0306a", "#2e7d32", "#c46a00", "#00838f", "#6a3fb5",
            "#7a5230", "#202020");
    private double plantZero = Double.NaN;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final List<PlantInfo> plants;
    private final Messages messages;
    private final Function<String, TagSample> latest;
    private final Function<TagInfo, NormalRange> normals;
    private final int capacity;
    private TrendHistory history = TrendHistory.NONE;
    private Executor uiExecutor = Runnable::run;
    private final ObservableList<PenViewModel> pens = FXCollections.observableArrayList();
    private final ObservableList<PenViewModel> readOnlyPens = FXCollections.unmodifiableObservableList(pens);
    private final ObjectProperty<PenViewModel> scale = new SimpleObjectProperty<>();
    private final ObjectProperty<Duration> window = new SimpleObjectProperty<>(WINDOWS.get(1));
    private final DoubleProperty span = new SimpleDoubleProperty(WINDOWS.get(1).toSeconds());
    private final DoubleProperty end = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty now = new SimpleDoubleProperty(Double.NaN);
    private final BooleanProperty live = new SimpleBooleanProperty(true);
    private final IntegerProperty version = new SimpleIntegerProperty();

    /**
     * @param latest  the newest sample of a tag by id, to start a new pen with
     * @param normals the normal range of a tag, for the legend's abnormal marking
     */
    public TrendViewModel(List<PlantInfo> plants, Messages messages, Function<String, TagSample> latest,
                          Function<TagInfo, NormalRange> normals) {
        this(plants, messages, latest, normals, TrendBuffer.CAPACITY);
    }

    TrendViewModel(List<PlantInfo> plants, Messages messages, Function<String, TagSample> latest,
                   Function<TagInfo, NormalRange> normals, int capacity) {
        this.plants = List.copyOf(plants);
        this.messages = messages;
        this.latest = latest;
        this.normals = normals;
        this.capacity = capacity;
    }

    /** Fills each new pen from {@code source}, its answer applied on {@code uiExecutor}. */
    public void fillFrom(TrendHistory source, Executor executor) {
        this.history = source;
        this.uiExecutor = executor;
    }

    /** Whether a tag can be a pen: numbers and on/off, not counters without a range. */
    public static boolean trendable(TagInfo tag) {
        return tag.type() == TagType.BOOL || (tag.type() == TagType.REAL && tag.hasRange());
    }

    /**
     * Adds a pen for {@code tag}, or returns the one it has. Empty when the tag cannot be trended or
     * all {@link #MAX_PENS} pens are taken.
     */
    public Optional<PenViewModel> addPen(TagInfo tag) {
        Optional<PenViewModel> existing = pens.stream().filter(p -> p.tag().id().equals(tag.id())).findFirst();
        if (existing.isPresent() || !trendable(tag) || pens.size() >= MAX_PENS) {
            return existing;
        }
        String color = COLORS.stream().filter(c -> pens.stream().noneMatch(p -> p.color().equals(c))).findFirst()
                .orElseThrow();
        PenViewModel pen = new PenViewModel(tag, color, messages, normals.apply(tag), capacity);
        TagSample sample = latest.apply(tag.id());
        if (sample != null) {
            pen.add(timeOf(sample, now.get()), sample);
            if (Double.isNaN(now.get()) && sample.sourceTime() != null) {
                now.set(timeOf(sample, Double.NaN));
            }
        }
        pens.add(pen);
        if (scale.get() == null) {
            scale.set(pen);
        }
        changed();
        fillPast(pen);
        return Optional.of(pen);
    }

    /** Asks the server for the widest window's past before the pen's first point. */
    private void fillPast(PenViewModel pen) {
        double until = pen.buffer().isEmpty() ? now.get() : pen.buffer().time(0);
        if (Double.isNaN(until)) {
            return; // no plant time yet: nothing to go back from
        }
        Instant to = Instant.ofEpochMilli(Math.round(until * 1000));
        Instant from = to.minus(WINDOWS.get(WINDOWS.size() - 1));
        history.read(pen.tag(), from, to).thenAcceptAsync(samples -> {
            if (pens.contains(pen) && !samples.isEmpty()) {
                pen.fill(samples.stream().filter(s -> s.sourceTime() != null)
                        .map(s -> new TrendBuffer.Point(timeOf(s, Double.NaN), s.usable() ? s.asDouble() : Double.NaN))
                        .toList());
                changed();
            }
        }, uiExecutor);
    }

    public void removePen(PenViewModel pen) {
        pens.remove(pen);
        if (scale.get() == pen) {
            scale.set(pens.isEmpty() ? null : pens.get(0));
        }
        changed();
    }

    /** Applies one batch: plant time moves to its newest source time; each pen takes its sample or holds. */
    public void apply(Map<String, TagSample> batch) {
        double newest = now.get();
        for (TagSample sample : batch.values()) {
            double time = timeOf(sample, Double.NaN);
            if (!Double.isNaN(time) && (Double.isNaN(newest) || time > newest)) {
                newest = time;
            }
        }
        now.set(newest);
        for (PenViewModel pen : pens) {
            TagSample sample = batch.get(pen.tag().id());
            if (sample != null) {
                pen.add(timeOf(sample, newest), sample);
            } else if (!Double.isNaN(newest)) {
                pen.hold(newest);
            }
        }
        if (live.get()) {
            end.set(newest);
        }
        changed();
    }

    private static double timeOf(TagSample sample, double fallback) {
        Instant time = sample.sourceTime();
        return time == null ? fallback : time.toEpochMilli() / 1000.0;
    }

    /** Picks one of {@link #WINDOWS}: that span, scrolling live. */
    public void setWindow(Duration chosen) {
        window.set(chosen);
        goLive();
    }

    /** Resumes scrolling with the chosen window's span. */
    public void goLive() {
        span.set(window.get().toSeconds());
        live.set(true);
        end.set(now.get());
        changed();
    }

    /** Half the span, about the middle (about the newest sample while live). */
    public void zoomIn() {
        zoom(0.5);
    }

    /** Twice the span, up to four hours. */
    public void zoomOut() {
        zoom(2);
    }

    private void zoom(double factor) {
        double before = span.get();
        double after = Math.max(MIN_SPAN, Math.min(MAX_SPAN, before * factor));
        if (!live.get()) {
            end.set(end.get() - (before - after) / 2);
        }
        span.set(after);
        changed();
    }

    /** Half a span back in time; stops scrolling. */
    public void panBack() {
        if (Double.isNaN(end.get())) {
            return;
        }
        live.set(false);
        end.set(end.get() - span.get() / 2);
        changed();
    }

    /** Half a span forward; reaching the newest sample resumes scrolling. */
    public void panForward() {
        if (Double.isNaN(end.get())) {
            return;
        }
        double next = end.get() + span.get() / 2;
        if (next >= now.get()) {
            live.set(true);
            end.set(now.get());
        } else {
            end.set(next);
        }
        changed();
    }

    private void changed() {
        version.set(version.get() + 1);
    }

    /** The left edge of the chart, seconds since the epoch (plant clock); NaN before the first sample. */
    public double lower() {
        return end.get() - span.get();
    }

    public double upper() {
        return end.get();
    }

    /**
     * Learns the instant of plant time 0 from the exercise state: from then on the time axis shows
     * elapsed plant time (00:08:30), the time base of every other screen, not the samples' clock.
     */
    public void plantZero(Instant zero) {
        plantZero = zero.toEpochMilli() / 1000.0;
    }

    /**
     * A time axis label: elapsed plant time when the exercise said when plant time 0 was, else (a bare
     * plant server) the plant clock, HH:mm:ss (plant time is kept in UTC, as in the ground truth).
     */
    public String clock(double seconds) {
        if (Double.isNaN(plantZero)) {
            return CLOCK.format(Instant.ofEpochMilli(Math.round(seconds * 1000)));
        }
        double elapsed = Math.round((seconds - plantZero) * 1000) / 1000.0; // whole seconds stay whole
        return elapsed < 0 ? "-" + DurationText.clock(-elapsed) : DurationText.clock(elapsed);
    }

    /** The time axis' title: plant time, or the plant clock in UTC without an exercise. */
    public String timeTitle() {
        return messages.get(Double.isNaN(plantZero) ? "trend.clock" : "trend.time");
    }

    /** The tick spacing for a span: about six ticks on a round number of seconds or minutes. */
    public static double tickUnit(double span) {
        double[] units = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
        for (double unit : units) {
            if (span / unit <= 8) {
                return unit;
            }
        }
        return 7200;
    }

    /** A y-axis label: percent of range written in the scale pen's units, or in percent without a pen. */
    public String axisLabel(double percent) {
        PenViewModel pen = scale.get();
        return pen == null ? messages.get("trend.percent", Math.round(percent)) : pen.scaled(percent);
    }

    /** The y axis's title: the scale pen and its unit, or percent of range without a pen. */
    public String axisTitle() {
        PenViewModel pen = scale.get();
        return pen == null ? messages.get("trend.percentAxis")
                : messages.get("trend.scaleAxis", pen.tag().id(), pen.tag().unit()).trim();
    }

    /** What the chart shows, for the status line: "LIVE 10:05:00 – 10:15:00" or "PAUSED ...". */
    public String rangeText() {
        if (Double.isNaN(end.get())) {
            return messages.get("trend.waiting");
        }
        return messages.get(live.get() ? "trend.live" : "trend.paused", clock(lower()), clock(upper()));
    }

    public List<PlantInfo> plants() {
        return plants;
    }

    public ObservableList<PenViewModel> pens() {
        return readOnlyPens;
    }

    /** The pen whose units label the y axis. */
    public ObjectProperty<PenViewModel> scaleProperty() {
        return scale;
    }

    public ReadOnlyObjectProperty<Duration> windowProperty() {
        return window;
    }

    /** Seconds of plant time across the chart. */
    public ReadOnlyDoubleProperty spanProperty() {
        return span;
    }

    public ReadOnlyDoubleProperty endProperty() {
        return end;
    }

    /** The newest plant time seen, seconds since the epoch; NaN before the first sample. */
    public ReadOnlyDoubleProperty nowProperty() {
        return now;
    }

    public ReadOnlyBooleanProperty liveProperty() {
        return live;
    }

    /** Counts changes (a batch, a zoom, a pen): the view redraws when it moves. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version;
    }
}
