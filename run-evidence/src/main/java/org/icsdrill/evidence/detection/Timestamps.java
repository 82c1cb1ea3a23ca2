package org.icsdrill.evidence.detection;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Parses the timestamps the scorer meets: ISO-8601 ({@code 2026-01-15T09:20:03Z},
 * {@code ...+00:00}) and Suricata's EVE form with a colon-less offset
 * ({@code 2026-01-15T09:20:03.123456+0000}). A timestamp without an offset is taken as UTC, the
 * zone every file of a run is written in.
 */
final class Timestamps {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private Timestamps() {
    }

    /** The instant, or an {@link IllegalArgumentException} whose message names the expected form. */
    static Instant parse(String text) {
        try {
            TemporalAccessor parsed = FORMAT.parseBest(text.trim(), java.time.OffsetDateTime::from,
                    LocalDateTime::from);
            if (parsed instanceof java.time.OffsetDateTime offset) {
                return offset.toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a timestamp; expected ISO-8601 like"
                    + " 2026-01-15T09:20:03Z or Suricata's 2026-01-15T09:20:03.123456+0000");
        }
    }
}
