package org.icsdrill.core.journal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link Instant#toString()} (ISO-8601 in UTC, the fraction in groups of three digits, none when whole)
 * into a reused buffer, the date and time of day made once per second: the journal writes a wall time
 * on every one of a day's 1.4 million lines. For the years 0000 to 9999.
 */
final class WallTimeText {

    private static final int SECONDS_LENGTH = 19; // 2026-12-05T04:37:01
    private final char[] text = new char[SECONDS_LENGTH + 11];
    private long second = Long.MIN_VALUE;

    /** The characters of {@code instant}'s text, valid until the next call. */
    char[] chars() {
        return text;
    }

    /** Writes {@code instant}'s text into {@link #chars()}; returns its length. */
    int format(Instant instant) {
        if (instant.getEpochSecond() != second) {
            second = instant.getEpochSecond();
            LocalDateTime time = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
            digits(time.getYear(), 0, 4);
            text[4] = '-';
            digits(time.getMonthValue(), 5, 2);
            text[7] = '-';
            digits(time.getDayOfMonth(), 8, 2);
            text[10] = 'T';
            digits(time.getHour(), 11, 2);
            text[13] = ':';
            digits(time.getMinute(), 14, 2);
            text[16] = ':';
            digits(time.getSecond(), 17, 2);
        }
        int nano = instant.getNano();
        int at = SECONDS_LENGTH;
        if (nano != 0) {
            text[at++] = '.';
            if (nano % 1_000_000 == 0) {
                at = digits(nano / 1_000_000, at, 3);
            } else if (nano % 1_000 == 0) {
                at = digits(nano / 1_000, at, 6);
            } else {
                at = digits(nano, at, 9);
            }
        }
        text[at++] = 'Z';
        return at;
    }

    private int digits(int value, int at, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
