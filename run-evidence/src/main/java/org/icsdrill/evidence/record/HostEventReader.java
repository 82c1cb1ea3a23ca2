package org.icsdrill.evidence.record;

import java.util.ArrayList;
import java.util.List;
import org.icsdrill.api.HostEvent;
import org.icsdrill.api.HostEventAction;

/** Reads the site's host event logs, in the order they were logged (none before format 5 or without a site). */
final class HostEventReader {

    private final RecordQuery query;

    HostEventReader(RecordQuery query) {
        this.query = query;
    }

    List<HostEvent> events() {
        List<HostEvent> rows = new ArrayList<>();
        if (!query.hasTable("host_event")) {
            return rows;
        }
        query.each("SELECT seq, plant_time, host, action, outcome, user, destination, protocol, detail, attack"
                + " FROM host_event ORDER BY seq", rs -> rows.add(new HostEvent(rs.getLong(1), rs.getDouble(2),
                        rs.getString(3), action(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10))));
        return rows;
    }

    private static HostEventAction action(String id) {
        for (HostEventAction action : HostEventAction.values()) {
            if (action.id().equals(id)) {
                return action;
            }
        }
        throw new RecordException("unknown host event action '" + id + "' in host_event");
    }
}
