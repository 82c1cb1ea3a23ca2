package org.icsdrill.scenario.engine;

import java.util.Optional;
import org.icsdrill.scenario.model.Action;

/**
 * Something the scenario did at a plant time: the exercise's ground-truth timeline, for the
 * console, the after-action record and {@code events.jsonl}.
 *
 * @param stepId the attack or fault id, when the event concerns one
 */
public record ScenarioEvent(Type type, double plantTimeSeconds, Optional<String> stepId, Action action) {

    public enum Type {
        INJECT,
        CHECKPOINT,
        ATTACK_STARTED,
        ATTACK_STOPPED,
        FAULT_STARTED,
        FAULT_STOPPED,
        /** An effect could not start (a bad parameter the validator cannot see); the run goes on. */
        FAILED,
        SCENARIO_ENDED
    }
}
