package org.icsdrill.scenario.load;

import java.time.Duration;

/** Durations written back the way scenario files write them: {@code 2h}, {@code 10m30s}, {@code 500ms}. */
public final class DurationFormat {

    private DurationFormat() {
    }

    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        int seconds = d.toSecondsPart();
        int millis = d.toMillisPart();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(minutes).append('m');
        }
        if (seconds > 0) {
            text.append(seconds).append('s');
        }
        if (millis > 0) {
            text.append(millis).append("ms");
        }
        return text.length() > 0 ? text.toString() : d.toNanos() + "ns";
    }
}
