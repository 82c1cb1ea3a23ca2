package org.icsdrill.core.signal;

import java.util.random.RandomGenerator;

/**
 * Changes what an instrument reports, between the true value and the PLC's input image: the layer
 * of sensor faults (stuck, drift, dropout) and of false data injected at the instrument
 * (ATT&CK for ICS T0856, Spoof Reporting Message).
 */
@FunctionalInterface
public interface SignalModifier {

    /**
     * @param measured  the value so far (true value plus instrument noise, plus earlier modifiers)
     * @param trueValue the physical value
     */
    double apply(double measured, double trueValue, double plantTimeSeconds, RandomGenerator random);
}
