package org.icsdrill.evidence.record;

import static org.icsdrill.evidence.record.RecordQuery.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads what the scenario did: its attacks with their windows, and its events in order. */
final class TimelineReader {

    private final RecordQuery query;

    TimelineReader(RecordQuery query) {
        this.query = query;
    }

    /** In start order; an attack still running when the record stopped has no end. */
    List<RecordReader.Attack> attacks() {
        List<RecordReader.Attack> attacks = new ArrayList<>();
        query.each("SELECT id, kind, technique, technique_name, layer, start_time, end_time, source_host, plants,"
                + " targets, parameters FROM attack ORDER BY start_time, id", rs -> {
                    double end = rs.getDouble(7);
                    OptionalDouble endTime = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(end);
                    attacks.add(new RecordReader.Attack(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getDouble(6), endTime, rs.getString(8),
                            split(rs.getString(9)), split(rs.getString(10)), rs.getString(11)));
                });
        return attacks;
    }

    List<RecordReader.Event> events() {
        List<RecordReader.Event> events = new ArrayList<>();
        query.each("SELECT plant_time, type, step_id, kind, technique, text FROM event ORDER BY id",
                rs -> events.add(new RecordReader.Event(rs.getDouble(1), rs.getString(2),
                        Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
                        Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6)))));
        return events;
    }
}
