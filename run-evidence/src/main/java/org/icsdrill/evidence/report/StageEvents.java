package org.icsdrill.evidence.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.icsdrill.evidence.record.RecordReader;

/** The record's events as the report tells them: a stopped stage is tried every minute, its first stop tells. */
final class StageEvents {

    private StageEvents() {
    }

    /** {@code events} in order, each {@code stage_blocked} but the first of its stage left out. */
    static List<RecordReader.Event> firstStops(List<RecordReader.Event> events) {
        Set<String> stopped = new HashSet<>();
        List<RecordReader.Event> told = new ArrayList<>();
        for (RecordReader.Event e : events) {
            if (!e.type().equals("stage_blocked") || stopped.add(e.stepId().orElse(""))) {
                told.add(e);
            }
        }
        return told;
    }
}
