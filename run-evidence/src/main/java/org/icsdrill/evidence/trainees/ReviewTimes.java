package org.icsdrill.evidence.trainees;

import java.time.Duration;
import java.util.Locale;
import org.icsdrill.scenario.load.DurationFormat;

/** Plant times and spans as the review prints them. */
public final class ReviewTimes {

    private ReviewTimes() {
    }

    /** Plant time since the start as {@code HH:MM:SS} (hours go past 24 in a long run), as the status line shows it. */
    public static String clock(double plantSeconds) {
        long s = (long) Math.floor(plantSeconds);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /** A span as scenario files write durations: {@code 12s}, {@code 2.5s}, {@code 3m20s}, {@code 1h5m}. */
    public static String span(double seconds) {
        if (Math.abs(seconds) < 60) {
            return String.format(Locale.ROOT, "%.1f", seconds).replaceAll("\\.0$", "") + "s";
        }
        return DurationFormat.format(Duration.ofSeconds(Math.round(seconds)));
    }

    /** Minutes with one decimal: {@code 3.5}. */
    public static String minutes(double minutes) {
        return String.format(Locale.ROOT, "%.1f", minutes);
    }
}
