package org.icsdrill.evidence.detection;

import org.icsdrill.core.sim.ClockLog;

/**
 * How the alerts were put on plant time, for the report.
 *
 * @param clock        {@link AlertClock#WALL} or {@link AlertClock#PLANT}: the clock the alerts were read on
 * @param chosenBy     what decided it
 * @param matched      wall-clock alerts placed on the journaled transaction of their flow
 * @param interpolated wall-clock alerts placed through the clock record alone
 */
public record ClockPlacement(AlertClock clock, ChosenBy chosenBy, int matched, int interpolated) {

    /** What decided the clock. */
    public enum ChosenBy {
        /** {@code --alert-clock auto}: the span the timestamps fall in. */
        TIMESTAMPS("told from the timestamps"),
        /** {@code --alert-clock wall|plant}. */
        OPTION("as asked"),
        /** A run without {@code clock.jsonl} (made before runs recorded it): plant time only. */
        NO_CLOCK_RECORD("the run has no " + ClockLog.FILE_NAME);

        private final String text;

        ChosenBy(String text) {
            this.text = text;
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Plant-time alerts, as read. */
    static ClockPlacement plant(ChosenBy chosenBy) {
        return new ClockPlacement(AlertClock.PLANT, chosenBy, 0, 0);
    }

    /** One line for people: which clock, why, and how wall times were mapped. */
    public String describe() {
        String why = " (" + chosenBy.text + ")";
        if (clock == AlertClock.PLANT) {
            return "plant time" + why;
        }
        return "wall clock" + why + ", mapped onto plant time through " + ClockLog.FILE_NAME + ": " + matched
                + " placed on their transaction in " + JournalTimes.FILE + ", " + interpolated + " interpolated";
    }
}
