package org.icsdrill.evidence.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code alarm} table: counts for the alarm load, and the changes themselves in time order. */
final class AlarmReader {

    private final RecordQuery query;

    AlarmReader(RecordQuery query) {
        this.query = query;
    }

    /** {@code "plant.tag" -> raised}, most first. */
    Map<String, Long> alarmCounts() {
        return query.counts("SELECT plant || '.' || tag, count(*) AS n FROM alarm WHERE type = 'raised'"
                + " GROUP BY plant, tag ORDER BY n DESC, plant, tag");
    }

    Map<String, Long> alarmEventCounts() {
        return query.counts("SELECT type, count(*) FROM alarm GROUP BY type ORDER BY type");
    }

    List<AlarmChange> alarms(int limit, String... types) {
        List<AlarmChange> rows = new ArrayList<>();
        Object[] parameters = Arrays.copyOf(types, types.length + 1, Object[].class);
        parameters[types.length] = limit;
        query.each("SELECT plant_time, plant, tag, type, level, priority, value, message, user FROM alarm WHERE"
                + " type IN (" + String.join(", ", Collections.nCopies(types.length, "?")) + ") ORDER BY plant_time, id"
                + " LIMIT ?", rs -> rows.add(new AlarmChange(rs.getDouble(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), RecordQuery.real(rs, 7), rs.getString(8),
                        Optional.ofNullable(rs.getString(9)))), parameters);
        return rows;
    }
}
