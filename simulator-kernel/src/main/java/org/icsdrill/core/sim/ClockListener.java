package org.icsdrill.core.sim;

/**
 * Told of every {@link ClockEvent} of a {@link SimulationDriver}, on the simulation thread between
 * two ticks: keep it short.
 */
@FunctionalInterface
public interface ClockListener {

    void clockChanged(ClockEvent event);
}
