package org.icsdrill.scenario.effect;

/**
 * An attack or fault cannot start as written: a tag of the wrong kind, a missing parameter, a value
 * the tag does not accept. The message names the step, so the instructor can fix the scenario.
 */
public final class EffectStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EffectStartException(String stepId, String message) {
        super(stepId + ": " + message);
    }

    public EffectStartException(String stepId, String message, Throwable cause) {
        super(stepId + ": " + message, cause);
    }
}
