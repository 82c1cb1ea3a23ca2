package org.icsdrill.ui.tags;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.ui.common.Formats;
import org.icsdrill.ui.common.LiveTagViewModel;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.icsdrill.ui.opcua.TagType;
import org.icsdrill.ui.opcua.WriteOutcome;

/**
 * The faceplate of one writable tag: the new value, and the server's answer to a write made with the
 * station's login (the session bar's: one login per station, so a write is the same person's as
 * every other action).
 * The value is checked for form here (a number, on or off); range and role are the server's
 * decision, and its status code is shown as it is, e.g. {@code Bad_UserAccessDenied}.
 *
 * <p>Opened on a {@link FaceplateLoop} (from a mimic), it also shows the loop's live PV, SP, OUT and
 * mode, and offers the loop's writable tags as write targets, set point first.
 */
public final class FaceplateViewModel {

    /** Sends a write to the server as the station's user; the console's {@code ConsoleConnection::write}. */
    @FunctionalInterface
    public interface Writer {
        CompletableFuture<WriteOutcome> write(TagInfo tag, Object value);
    }

    private final Writer writer;
    private final Executor uiExecutor;
    private final Messages messages;
    private final ObjectProperty<TagInfo> tag = new SimpleObjectProperty<>();
    private final StringProperty newValue = new SimpleStringProperty("");
    private final StringProperty loginHint = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty refused = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Function<String, TagSample> latest;
    private final ObjectProperty<FaceplateLoop> loop = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<TagInfo> writeTargets = FXCollections.observableArrayList();
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<TagInfo> readOnlyTargets = FXCollections.unmodifiableObservableList(writeTargets);
    private final BooleanProperty trendAvailable = new SimpleBooleanProperty();
    private Consumer<TagInfo> trend = tag -> { };

    /** One live row of an open loop: its role (PV, SP...), the tag's live value, and the text to show (AUTO/MAN for a mode). */
    public record Row(FaceplateLoop.Role role, LiveTagViewModel live, StringProperty text) {

        void update(TagSample sample, Messages messages) {
            live.update(sample);
            text.set(role == FaceplateLoop.Role.MODE && sample.usable() && sample.value() instanceof Boolean auto
                    ? messages.get(auto ? "mode.auto" : "mode.manual") : live.valueProperty().get());
        }
    }

    public FaceplateViewModel(Writer writer, Executor uiExecutor, Messages messages) {
        this(writer, uiExecutor, messages, id -> null);
    }

    /**
     * @param latest the newest sample of a tag by id (null when none arrived yet), so that an opened
     *     loop shows values that have not changed since (a set point)
     */
    public FaceplateViewModel(Writer writer, Executor uiExecutor, Messages messages, Function<String, TagSample> latest) {
        this.writer = writer;
        this.uiExecutor = uiExecutor;
        this.messages = messages;
        this.latest = latest;
        tag.addListener((o, before, after) -> {
            newValue.set("");
            result.set("");
            refused.set(false);
        });
        followLogin(new SimpleStringProperty(""));
    }

    /** Says whose login a write goes with: {@code user} is the station's logged-in user, empty before a login. */
    public void followLogin(ObservableStringValue user) {
        loginHint.bind(Bindings.createStringBinding(() -> user.get() == null || user.get().isEmpty()
                ? messages.get("faceplate.notLoggedIn") : messages.get("faceplate.writesAs", user.get()), user));
    }

    /**
     * Writes the new value. Completes (on the UI executor) after {@link #resultProperty()} shows the
     * outcome; a value that is not a number never leaves the console.
     */
    public CompletableFuture<WriteOutcome> write() {
        TagInfo target = tag.get();
        if (target == null) {
            return CompletableFuture.completedFuture(new WriteOutcome(false, "Bad_NodeIdUnknown"));
        }
        Object value = parse(target, newValue.get());
        if (value == null) {
            refused.set(true);
            result.set(messages.get("faceplate.invalid", newValue.get()));
            return CompletableFuture.completedFuture(new WriteOutcome(false, "Bad_TypeMismatch"));
        }
        busy.set(true);
        CompletableFuture<WriteOutcome> shown = new CompletableFuture<>();
        writer.write(target, value).whenComplete((outcome, failure) ->
                uiExecutor.execute(() -> {
                    busy.set(false);
                    WriteOutcome answer = failure != null ? new WriteOutcome(false, "Bad_CommunicationError") : outcome;
                    refused.set(!answer.good());
                    result.set(answer.good()
                            ? messages.get("faceplate.accepted", target.name(), newValue.get())
                            : messages.get("faceplate.refused", messages.status(answer.status())));
                    shown.complete(answer);
                }));
        return shown;
    }

    /** Shows {@code opened} (null closes it) and makes its first writable tag the write target. */
    public void open(FaceplateLoop opened) {
        rows.clear();
        writeTargets.clear();
        loop.set(opened);
        if (opened == null) {
            tag.set(null);
            return;
        }
        for (FaceplateLoop.Member member : opened.members()) {
            Row row = new Row(member.role(), new LiveTagViewModel(member.tag(), messages, member.normal()),
                    new SimpleStringProperty("…"));
            TagSample sample = latest.apply(member.tag().id());
            if (sample != null) {
                row.update(sample, messages);
            }
            rows.add(row);
        }
        List<TagInfo> targets = opened.writable();
        writeTargets.setAll(targets);
        tag.set(targets.isEmpty() ? null : targets.get(0));
    }

    /** Applies one batch of samples to the open loop's rows; on the UI thread. */
    public void apply(Map<String, TagSample> batch) {
        for (Row row : rows) {
            TagSample sample = batch.get(row.live().tag().id());
            if (sample != null) {
                row.update(sample, messages);
            }
        }
    }

    /** Where "add to trend" sends tags (the console's trend); the button shows only once one is set. */
    public void setTrendSink(Consumer<TagInfo> sink) {
        trend = sink;
        trendAvailable.set(sink != null);
    }

    /** Sends the open loop's numeric tags (PV, SP, OUT), or else the write target, to the trend. */
    public void addToTrend() {
        FaceplateLoop open = loop.get();
        List<TagInfo> tags = open == null ? List.of() : open.members().stream()
                .filter(m -> m.role() != FaceplateLoop.Role.MODE && m.tag().type() == TagType.REAL)
                .map(FaceplateLoop.Member::tag).toList();
        if (tags.isEmpty() && tag.get() != null) {
            tags = List.of(tag.get());
        }
        tags.forEach(trend);
    }

    static Object parse(TagInfo tag, String text) {
        String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (tag.type() == TagType.BOOL) {
            return switch (trimmed) {
                case "1", "on", "true" -> Boolean.TRUE;
                case "0", "off", "false" -> Boolean.FALSE;
                default -> null;
            };
        }
        try {
            return Double.valueOf(trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String rangeText() {
        TagInfo target = tag.get();
        return target == null ? "" : Formats.range(target) + " " + target.unit();
    }

    public ObjectProperty<TagInfo> tagProperty() {
        return tag;
    }

    public StringProperty newValueProperty() {
        return newValue;
    }

    /** Whose login writes go with, or that there is none yet. */
    public ReadOnlyStringProperty loginHintProperty() {
        return loginHint;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result;
    }

    public ReadOnlyBooleanProperty refusedProperty() {
        return refused;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The open loop, null when the faceplate shows a tag chosen in the table. */
    public ReadOnlyObjectProperty<FaceplateLoop> loopProperty() {
        return loop;
    }

    public ObservableList<Row> rows() {
        return readOnlyRows;
    }

    /** The open loop's writable tags; the view offers them to choose {@link #tagProperty()}. */
    public ObservableList<TagInfo> writeTargets() {
        return readOnlyTargets;
    }

    public ReadOnlyBooleanProperty trendAvailableProperty() {
        return trendAvailable;
    }

    /** The label of a row: PV, SP, OUT, MODE in the operator's language; empty for the others (their tag names say it). */
    public String label(Row row) {
        return switch (row.role()) {
            case PV -> messages.get("faceplate.pv");
            case SP -> messages.get("faceplate.sp");
            case OUT -> messages.get("faceplate.out");
            case MODE -> messages.get("faceplate.mode");
            case OTHER -> "";
        };
    }
}
