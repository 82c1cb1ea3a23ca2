package org.icsdrill.scenario.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a step fires: at a plant time, when a condition on the true plant values holds, or after a kill
 * chain's stage was reached.
 */
public sealed interface Trigger {

    /** At a plant time, measured from plant time 0. */
    record At(Duration time) implements Trigger {
        public At {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * {@code delay} after the stage {@code stage} of a kill chain was reached; never, if it is not
     * (a response contained the chain before it). Fires once, or once per repeat.
     */
    record After(String stage, Duration delay) implements Trigger {
        public After {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(delay, "delay");
        }
    }

    /**
     * When {@code condition} has held continuously for {@code holdFor} (zero: at once); watched
     * until plant time {@code within} if given, else to the end. Fires once.
     */
    record When(Condition condition, Duration holdFor, Optional<Duration> within) implements Trigger {
        public When {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(holdFor, "holdFor");
            Objects.requireNonNull(within, "within");
        }
    }
}
