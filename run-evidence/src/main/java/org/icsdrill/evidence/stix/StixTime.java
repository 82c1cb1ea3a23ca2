package org.icsdrill.evidence.stix;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Plant time as STIX writes time: the record's start plus plant seconds, in UTC, to the millisecond
 * ({@code 2026-02-05T13:40:00.000Z}), which STIX asks of {@code created} and {@code modified}.
 */
final class StixTime {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Instant start;

    StixTime(Instant start) {
        this.start = start;
    }

    /** The plant instant {@code plantSeconds} after the start. */
    String at(double plantSeconds) {
        return format(start.plusMillis(Math.round(plantSeconds * 1000)));
    }

    static String format(Instant instant) {
        return MILLIS.format(instant);
    }
}
