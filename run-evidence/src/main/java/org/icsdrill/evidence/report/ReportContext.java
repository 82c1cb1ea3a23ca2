package org.icsdrill.evidence.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.trainees.ExerciseScore;
import org.icsdrill.evidence.trainees.ReviewTimes;

/** What every section of the report reads: the record, its meta, the trainees' score and the texts. */
record ReportContext(RecordReader record, Map<String, String> meta, ExerciseScore score, ReportTexts texts,
                     Instant start, double endTime) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** The wall-clock time (UTC) of a plant time. */
    String clock(double plantSeconds) {
        return CLOCK.format(start.plusMillis(Math.round(plantSeconds * 1000)));
    }

    /** Plant time as {@code HH:MM:SS} since the start. */
    String plantTime(double plantSeconds) {
        return ReviewTimes.clock(plantSeconds);
    }

    String span(double seconds) {
        return ReviewTimes.span(seconds);
    }
}
