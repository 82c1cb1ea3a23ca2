package org.icsdrill.core.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.icsdrill.api.SourceAddress;
import org.icsdrill.api.UnknownSourceAlarm;
import org.icsdrill.core.alarm.Alarm;
import org.icsdrill.core.alarm.AlarmLevel;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.KnownHosts;
import org.icsdrill.core.tag.AlarmPriority;

/**
 * A high-priority alarm per plant when a write from an unknown source reaches its endpoints, as a
 * network monitoring system raises one on the SCADA alarm list. It is an event: it returns to normal
 * at once and stays in the list until acknowledged (ISA-18.2), raised again by the next such write.
 */
final class UnknownSourceAlarms implements AutoCloseable {

    /** The alarm's tag on the plant's alarm list. */
    static final String TAG = UnknownSourceAlarm.TAG;

    private final TransactionJournal journal;
    private final KnownHosts known;
    private final Consumer<Transaction> listener = this::seen;
    /** Per plant, the alarm shown now; unacknowledged until an operator acknowledges it. */
    private final Map<String, Alarm> byPlant = new LinkedHashMap<>();

    UnknownSourceAlarms(TransactionJournal journal, KnownHosts known) {
        this.journal = journal;
        this.known = known;
        journal.subscribe(listener);
    }

    private void seen(Transaction t) {
        boolean unknown = known.isUnknown(t.source());
        if (!t.isWrite() || t.plant().isEmpty() || !unknown && !known.isUnusual(t.source(), t.protocol())) {
            return;
        }
        String host = SourceAddress.hostOf(t.source());
        String detail = t.protocol() + " " + t.function() + " " + t.address() + " (" + t.result() + ")";
        String message = unknown ? UnknownSourceAlarm.message(host, detail) : UnknownSourceAlarm.unusual(host, detail);
        synchronized (byPlant) {
            Alarm before = byPlant.get(t.plant());
            double count = before == null || before.acknowledged() ? 1 : before.value() + 1;
            byPlant.put(t.plant(), Alarm.raised(t.plant(), TAG, AlarmLevel.STATE, AlarmPriority.HIGH, false,
                    t.plantTimeSeconds(), count, message, Double.NaN));
        }
    }

    /** The alarms to show, unacknowledged ones only (an acknowledged event alarm has returned to normal). */
    List<Alarm> alarms() {
        synchronized (byPlant) {
            List<Alarm> shown = new ArrayList<>();
            for (Alarm alarm : byPlant.values()) {
                if (!alarm.acknowledged()) {
                    shown.add(alarm);
                }
            }
            return shown;
        }
    }

    /** Acknowledges the plant's alarm as {@code user}; its message, or null when there was none to acknowledge. */
    String acknowledge(String plant, String user, double plantTimeSeconds) {
        synchronized (byPlant) {
            Alarm alarm = byPlant.get(plant);
            if (alarm == null || alarm.acknowledged()) {
                return null;
            }
            byPlant.put(plant, alarm.acknowledgedBy(user, plantTimeSeconds));
            return alarm.message();
        }
    }

    @Override
    public void close() {
        journal.unsubscribe(listener);
    }
}
