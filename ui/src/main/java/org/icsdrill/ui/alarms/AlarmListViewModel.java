package org.icsdrill.ui.alarms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.api.DurationText;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.UnknownSourceAlarm;
import org.icsdrill.core.alarm.Alarm;
import org.icsdrill.ui.common.Formats;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.ConsoleSession;
import org.icsdrill.ui.exercise.ExerciseSubscriber;
import org.icsdrill.ui.exercise.ExerciseUpdate;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagType;

/**
 * The alarm list of every plant, as the simulator's SCADA side computes it on the network view (so
 * a suppressed or replayed view hides alarms here too). Sorted as ISA-18.2 asks: unacknowledged
 * first, then by priority, newest first. Acknowledging and shelving go to the server as the
 * logged-in user.
 *
 * <p>The selection follows the alarm, not the line: a re-sort (an acknowledged alarm moves down)
 * must never leave another alarm under the operator's next click.
 */
public final class AlarmListViewModel implements ExerciseSubscriber {

    private static final Comparator<Alarm> ORDER = Comparator.comparing(Alarm::acknowledged)
            .thenComparing(Alarm::priority, Comparator.reverseOrder())
            .thenComparing(Alarm::raisedAtSeconds, Comparator.reverseOrder());

    private final ConsoleSession session;
    private final Messages messages;
    private final Function<String, TagInfo> tags;
    private final ObservableList<AlarmRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty showShelved = new SimpleBooleanProperty();
    private final IntegerProperty unacknowledged = new SimpleIntegerProperty();
    private final ObjectProperty<AlarmRow> selected = new SimpleObjectProperty<>();
    private String selectedKey;
    /** While the rows are replaced, the table's own selection changes are not the operator's. */
    private boolean replacing;
    private List<Alarm> latest = List.of();

    public AlarmListViewModel(ConsoleSession session, Messages messages) {
        this(session, messages, id -> null);
    }

    /** @param tags a tag's description by id ({@code chemical.R1.TT101}), for units and decimals; null if unknown */
    public AlarmListViewModel(ConsoleSession session, Messages messages, Function<String, TagInfo> tags) {
        this.session = session;
        this.messages = messages;
        this.tags = tags;
        showShelved.addListener((o, was, now) -> show(latest));
    }

    @Override
    public void apply(ExerciseUpdate update) {
        update.alarms().ifPresent(this::show);
    }

    private void show(List<Alarm> alarms) {
        latest = alarms;
        List<AlarmRow> shown = alarms.stream()
                .filter(a -> showShelved.get() || !a.shelved())
                .sorted(ORDER)
                .map(this::row)
                .toList();
        replacing = true;
        try {
            rows.setAll(shown);
        } finally {
            replacing = false;
        }
        selected.set(shown.stream().filter(r -> r.key().equals(selectedKey)).findFirst().orElse(null));
        unacknowledged.set((int) alarms.stream().filter(a -> !a.acknowledged() && !a.shelved()).count());
    }

    private AlarmRow row(Alarm alarm) {
        String state = alarm.shelved() ? "shelved" : !alarm.active() ? "returned"
                : alarm.acknowledged() ? "acknowledged" : "unacknowledged";
        TagInfo tag = tags.apply(alarm.plant() + "." + alarm.tag());
        // the server's message is English; the tag's description came in the console's language
        String message = alarm.tag().equals(UnknownSourceAlarm.TAG)
                ? messages.get(UnknownSourceAlarm.isUnusual(alarm.message()) ? "alarm.unusualProtocol"
                        : "alarm.unknownSource", UnknownSourceAlarm.detail(alarm.message()))
                : messages.get("alarm.message", alarm.tag(), messages.get("alarm.level." + alarm.level()),
                        alarm.message(), tag == null || tag.description().isBlank() ? alarm.message() : tag.description());
        return new AlarmRow(alarm, DurationText.clock(alarm.raisedAtSeconds()),
                messages.get("alarm.priority." + alarm.priority()), alarm.plant() + "." + alarm.tag(), message,
                value(tag, alarm.value()), value(tag, alarm.limit()), messages.get("alarm.state." + state),
                handledBy(alarm));
    }

    /** A value as the tag's other screens write it, with its unit; on/off for a two-state tag. */
    private String value(TagInfo tag, double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (tag == null || tag.type() == TagType.UINT16) {
            return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
        }
        if (tag.type() == TagType.BOOL) {
            return messages.get(value != 0 ? "value.on" : "value.off");
        }
        return tag.unit().isEmpty() ? Formats.number(tag, value) : Formats.number(tag, value) + " " + tag.unit();
    }

    private String handledBy(Alarm alarm) {
        List<String> who = new ArrayList<>(2);
        if (!alarm.acknowledgedBy().isEmpty()) {
            who.add(messages.get("alarm.acknowledgedBy", alarm.acknowledgedBy(),
                    DurationText.clock(alarm.acknowledgedAtSeconds())));
        }
        if (alarm.shelved() && !alarm.shelvedBy().isEmpty()) {
            who.add(messages.get("alarm.shelvedBy", alarm.shelvedBy(), DurationText.clock(alarm.shelvedAtSeconds())));
        }
        return String.join("; ", who);
    }

    public ObservableList<AlarmRow> rows() {
        return rows;
    }

    /** The operator picked {@code row} (null: none); ignored while the list itself is being replaced. */
    public void select(AlarmRow row) {
        if (!replacing) {
            selectedKey = row == null ? null : row.key();
            selected.set(row);
        }
    }

    /** The selected alarm's row after every update: the same alarm wherever the sort put it, null once it left. */
    public ReadOnlyObjectProperty<AlarmRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty showShelvedProperty() {
        return showShelved;
    }

    /** Alarms waiting for an acknowledgement, shelved ones left out: the tab's badge. */
    public ReadOnlyIntegerProperty unacknowledgedProperty() {
        return unacknowledged;
    }

    public void acknowledge(AlarmRow row) {
        if (row != null) {
            session.call(ExerciseAddress.ACKNOWLEDGE_ALARM, row.alarm().plant(), row.alarm().tag());
        }
    }

    /** Acknowledges every unacknowledged alarm shown, one call each (the server records each). */
    public void acknowledgeAll() {
        rows.stream().filter(AlarmRow::needsAcknowledge).toList().forEach(this::acknowledge);
    }

    public void shelve(AlarmRow row, double minutes, String reason) {
        if (row != null) {
            session.call(ExerciseAddress.SHELVE_ALARM, row.alarm().plant(), row.alarm().tag(), minutes, reason);
        }
    }
}
