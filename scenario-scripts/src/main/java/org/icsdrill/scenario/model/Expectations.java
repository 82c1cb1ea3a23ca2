package org.icsdrill.scenario.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What the trainees or a vendor's tool should achieve; the scorer reads these. */
public record Expectations(List<Detect> detect, List<Respond> respond, Limits limits) {

    public static final Expectations NONE = new Expectations(List.of(), List.of(), Limits.NONE);

    public Expectations {
        detect = List.copyOf(detect);
        respond = List.copyOf(respond);
        Objects.requireNonNull(limits, "limits");
    }

    /**
     * Detect the attack with this step id within {@code within} of its start; with
     * {@code technique} full credit needs the declared technique to match the attack's.
     */
    public record Detect(String attack, Duration within, boolean technique) {
        public Detect {
            Objects.requireNonNull(attack, "attack");
            Objects.requireNonNull(within, "within");
        }
    }

    /**
     * Respond to the attack within {@code within} of its start with one of {@code actions}, each aimed
     * at its target. An empty list accepts any action (records of format 2 only; a scenario file must
     * name the actions that end the attack).
     */
    public record Respond(String attack, Duration within, List<ExpectedAction> actions) {
        public Respond {
            Objects.requireNonNull(attack, "attack");
            Objects.requireNonNull(within, "within");
            actions = List.copyOf(actions);
        }
    }

    /** Plant outcomes that count against the trainees: damage (a consequence model fired), a safety trip. */
    public record Limits(boolean noDamage, boolean noTrip) {
        public static final Limits NONE = new Limits(false, false);
    }
}
