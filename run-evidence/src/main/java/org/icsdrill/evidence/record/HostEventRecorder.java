package org.icsdrill.evidence.record;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.icsdrill.api.HostEvent;
import org.icsdrill.core.site.HostEventLog;

/**
 * Records the site's host event logs into {@code host_event}, ground truth included (the attack that
 * caused an event), as {@code hosts.jsonl} has them. The hosts log on the simulation thread, which only
 * enqueues a row.
 */
final class HostEventRecorder {

    private final RecordWriter writer;
    private final Consumer<HostEvent> listener = this::onEvent;
    private final List<HostEventLog> logs = new ArrayList<>();

    HostEventRecorder(RecordWriter writer) {
        this.writer = writer;
    }

    void record(HostEventLog log) {
        log.subscribe(listener);
        synchronized (logs) {
            logs.add(log);
        }
    }

    void stop() {
        synchronized (logs) {
            logs.forEach(l -> l.unsubscribe(listener));
        }
    }

    private void onEvent(HostEvent event) {
        writer.offer(new HostEventRow(event));
    }

    private record HostEventRow(HostEvent e) implements RecordWriter.Row {
        @Override
        public String sql() {
            return "INSERT INTO host_event (seq, plant_time, host, action, outcome, user, destination, protocol,"
                    + " detail, attack) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        }

        @Override
        public void bind(PreparedStatement s) throws SQLException {
            s.setLong(1, e.seq());
            s.setDouble(2, e.time());
            s.setString(3, e.host());
            s.setString(4, e.action().id());
            s.setString(5, e.outcome());
            s.setString(6, e.user());
            s.setString(7, e.destination());
            s.setString(8, e.protocol());
            s.setString(9, e.detail());
            s.setString(10, e.attack());
        }
    }
}
