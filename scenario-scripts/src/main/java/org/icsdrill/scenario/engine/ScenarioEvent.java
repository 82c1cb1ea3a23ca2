package org.icsdrill.scenario.engine;

import java.util.Optional;
import org.icsdrill.scenario.model.Action;

/**
 * Something the scenario did at a plant time: the exercise's ground-truth timeline, for the
 * console, the after-action record and {@code events.jsonl}.
 *
 * @param stepId the attack, fault or stage id, when the event concerns one
 * @param detail   what more there is to say: why a stage was blocked, which host it reached
 */
public record ScenarioEvent(Type type, double plantTimeSeconds, Optional<String> stepId, Action action,
                            String detail) {

    public ScenarioEvent(Type type, double plantTimeSeconds, Optional<String> stepId, Action action) {
        this(type, plantTimeSeconds, stepId, action, "");
    }

    public enum Type {
        INJECT,
        CHECKPOINT,
        ATTACK_STARTED,
        ATTACK_STOPPED,
        FAULT_STARTED,
        FAULT_STOPPED,
        /** A kill chain's stage happened: its host is the attacker's, the steps after it are scheduled. */
        STAGE_REACHED,
        /** A kill chain's stage could not happen, its path closed by a response; it is tried again later. */
        STAGE_BLOCKED,
        /** An effect could not start (a bad parameter the validator cannot see); the run goes on. */
        FAILED,
        SCENARIO_ENDED
    }
}
