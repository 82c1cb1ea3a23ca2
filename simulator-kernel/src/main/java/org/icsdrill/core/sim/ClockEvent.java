package org.icsdrill.core.sim;

import java.time.Instant;
import java.util.Objects;

/**
 * A point where the run's wall clock and plant time are known to meet, recorded by
 * {@link SimulationDriver} when pacing starts or changes: from here until the next event, plant time
 * runs at {@code speed} against the wall clock (stands still after {@link Kind#PAUSE} and
 * {@link Kind#END}; at {@link Speed#MAX} as fast as it can, so only the transaction journal tells
 * where it was at a given wall instant).
 *
 * @param wallTime     the wall-clock instant of the event
 * @param plantSeconds plant time at that instant
 * @param speed        the pace from here on
 */
public record ClockEvent(Kind kind, Instant wallTime, double plantSeconds, Speed speed) {

    /** What changed. */
    public enum Kind {
        /** The driver started. */
        START,
        /** Plant time stops. */
        PAUSE,
        /** Plant time runs again, at {@code speed}. */
        RESUME,
        /** The speed changed. */
        SPEED,
        /** The driver fell more than a second behind its pace and continued from here. */
        RESYNC,
        /** The driver stopped: the end of the run or a close. */
        END;

        /** The name in {@code clock.jsonl}: {@code start}, {@code pause}... */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind of(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public ClockEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(wallTime, "wallTime");
        Objects.requireNonNull(speed, "speed");
    }

    /** Whether plant time runs after this event (until the next one). */
    public boolean running() {
        return kind != Kind.PAUSE && kind != Kind.END;
    }
}
