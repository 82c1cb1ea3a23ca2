package org.icsdrill.scenario.engine;

/**
 * A running attack or fault: installed hooks, changed policies, open connections. The engine calls
 * {@link #tick} once per tick while it runs and {@link #stop} when its step stops it, its duration
 * ends or the scenario ends. Both run on the simulation thread.
 */
public interface Effect {

    /** Called before every tick while the effect runs, for effects that act over time (a ramp). */
    default void tick(EffectContext context, double plantTimeSeconds) {
    }

    /** Undoes what can be undone: removes hooks, restores policies, closes connections. */
    void stop();

    /** An effect that acts once and leaves nothing to undo. */
    Effect DONE = () -> {
    };
}
