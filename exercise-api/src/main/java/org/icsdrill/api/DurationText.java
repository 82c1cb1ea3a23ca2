package org.icsdrill.api;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plant durations as people write them: {@code 2h}, {@code 90m}, {@code 10m30s}, {@code 1h30m}, {@code 45s}, {@code 500ms}. */
public final class DurationText {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");
    /** A {@link #clock} text at the start of a line: {@code 01:02:03} or {@code 1d 01:02:03}. */
    private static final Pattern CLOCK = Pattern.compile("^(?:(\\d+)d )?(\\d+):(\\d\\d):(\\d\\d) ");

    private DurationText() {
    }

    public static Duration parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty duration; write it like 90s, 10m30s or 2h");
        }
        Matcher m = PART.matcher(s);
        long nanos = 0;
        int at = 0;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("'" + text + "' is not a duration; write it like 90s, 10m30s or 2h");
            }
            double amount = Double.parseDouble(m.group(1));
            double unitNanos = switch (m.group(2)) {
                case "h" -> 3600e9;
                case "m" -> 60e9;
                case "s" -> 1e9;
                default -> 1e6;
            };
            nanos += Math.round(amount * unitNanos);
            at = m.end();
        }
        return Duration.ofNanos(nanos);
    }

    /** Formats plant time as {@code HH:MM:SS}, with days when longer. */
    public static String clock(double seconds) {
        long total = (long) Math.floor(seconds);
        long days = total / 86_400;
        String hms = String.format("%02d:%02d:%02d", (total / 3600) % 24, (total / 60) % 60, total % 60);
        return days > 0 ? days + "d " + hms : hms;
    }

    /** The plant seconds of the {@link #clock} text that starts {@code line} (then a space), if it starts with one. */
    public static Optional<Double> leadingClock(String line) {
        Matcher m = CLOCK.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return Optional.of(days * 86_400.0 + Long.parseLong(m.group(2)) * 3600 + Long.parseLong(m.group(3)) * 60
                + Long.parseLong(m.group(4)));
    }

    /** A span of time as {@code H:MM:SS}, the hours counted on past a day ({@code 26:00:00}), rounded to the second. */
    public static String hours(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
