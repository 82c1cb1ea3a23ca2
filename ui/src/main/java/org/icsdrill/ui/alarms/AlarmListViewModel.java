package org.icsdrill.ui.alarms;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.api.DurationText;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.core.alarm.Alarm;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.ConsoleSession;
import org.icsdrill.ui.exercise.ExerciseSubscriber;
import org.icsdrill.ui.exercise.ExerciseUpdate;

/**
 * The alarm list of every plant, as the simulator's SCADA side computes it on the network view (so
 * a suppressed or replayed view hides alarms here too). Sorted as ISA-18.2 asks: unacknowledged
 * first, then by priority, newest first. Acknowledging and shelving go to the server as the
 * logged-in user.
 */
public final class AlarmListViewModel implements ExerciseSubscriber {

    private static final Comparator<Alarm> ORDER = Comparator.comparing(Alarm::acknowledged)
            .thenComparing(Alarm::priority, Comparator.reverseOrder())
            .thenComparing(Alarm::raisedAtSeconds, Comparator.reverseOrder());

    private final ConsoleSession session;
    private final Messages messages;
    private final ObservableList<AlarmRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty showShelved = new SimpleBooleanProperty();
    private final IntegerProperty unacknowledged = new SimpleIntegerProperty();
    private List<Alarm> latest = List.of();

    public AlarmListViewModel(ConsoleSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
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
        rows.setAll(shown);
        unacknowledged.set((int) alarms.stream().filter(a -> !a.acknowledged() && !a.shelved()).count());
    }

    private AlarmRow row(Alarm alarm) {
        String state = alarm.shelved() ? "shelved" : !alarm.active() ? "returned"
                : alarm.acknowledged() ? "acknowledged" : "unacknowledged";
        String message = messages.get("alarm.message", alarm.tag(), messages.get("alarm.level." + alarm.level()),
                alarm.message());
        return new AlarmRow(alarm, DurationText.clock(alarm.raisedAtSeconds()),
                messages.get("alarm.priority." + alarm.priority()), alarm.plant() + "." + alarm.tag(), message,
                messages.get("alarm.state." + state));
    }

    public ObservableList<AlarmRow> rows() {
        return rows;
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
