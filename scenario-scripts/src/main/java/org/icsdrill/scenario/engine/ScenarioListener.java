package org.icsdrill.scenario.engine;

/** Hears the scenario's events and sees each whole plant-second with the effects then running. */
public interface ScenarioListener {

    default void onEvent(ScenarioEvent event, RunningEffect effect) {
    }

    /** Called once per whole second of plant time, before the tick, after due steps have fired. */
    default void onSecond(double plantTimeSeconds, java.util.Collection<RunningEffect> running) {
    }

    /** The run has reached its end; every effect has been stopped. */
    default void onEnd(double plantTimeSeconds) {
    }
}
