package org.icsdrill.scenario.model;

import java.util.Objects;
import java.util.Optional;

/** One timeline entry: a trigger, an action, and optionally a repetition. */
public record Step(Trigger trigger, Action action, Optional<Repeat> repeat) {

    public Step {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(repeat, "repeat");
    }

    /** The id of the attack or fault this step starts, if it starts one. */
    public Optional<String> id() {
        if (action instanceof Action.AttackStart a) {
            return Optional.of(a.id());
        }
        if (action instanceof Action.Fault f) {
            return Optional.of(f.id());
        }
        if (action instanceof Action.Stage s) {
            return Optional.of(s.id());
        }
        return Optional.empty();
    }
}
