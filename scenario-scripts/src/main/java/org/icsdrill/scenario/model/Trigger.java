package org.icsdrill.scenario.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** When a step fires: at a plant time, or when a condition on the true plant values holds. */
public sealed interface Trigger {

    /** At a plant time, measured from plant time 0. */
    record At(Duration time) implements Trigger {
        public At {
            Objects.requireNonNull(time, "time");
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
