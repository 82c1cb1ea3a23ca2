package org.icsdrill.core.sim;

/**
 * Called on the simulation thread around every tick: scenario events before it, historian and
 * recorders after it. Plays the role of Orekit's step handlers.
 */
public interface TickListener {

    /** Before the plants step from {@code plantTimeSeconds}; due scenario events fire here. */
    default void beforeTick(Simulation simulation, long tick, double plantTimeSeconds) {
    }

    /** After every plant has published the view at {@code plantTimeSeconds}. */
    default void afterTick(Simulation simulation, long tick, double plantTimeSeconds) {
    }
}
