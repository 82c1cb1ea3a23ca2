package org.icsdrill.core.control;

import java.util.Objects;

/**
 * A PID controller in ISA (ideal) form, as a PLC function block computes it once per scan.
 *
 * <ul>
 *   <li>Derivative on the measurement, not the error, so a set-point change gives no derivative kick;
 *       filtered with time constant Td/N and discretised by backward difference (stable for any step).</li>
 *   <li>Set-point weighting of the proportional term, P = Kp (b SP - PV) (Åström and Hägglund, Advanced PID
 *       Control, ISA 2006, section 3.4): b = 1 is the textbook PID; b = 0 ({@link #proportionalOnMeasurement})
 *       is I-PD, where only the integral acts on a set-point change, so a set-point step moves the output
 *       gradually instead of kicking it by Kp times the step. Load disturbances are rejected the same way.</li>
 *   <li>Anti-windup by back-calculation: while the output is saturated the integral is pulled towards
 *       the limit with tracking time {@link PidTuning#trackingTimeSeconds()}, so a saturated loop comes
 *       off the limit as soon as the error changes sign instead of first unwinding a huge integral.</li>
 *   <li>Bumpless transfer: in manual ({@link #track}) the output follows the operator's value and the
 *       integral is set so that P + I + D equals it; switching to auto continues from that output.</li>
 * </ul>
 * The integral is held in output units, so a tuning change does not bump the output through it.
 * One instance per loop; not thread-safe (a PLC scan is single-threaded).
 */
public final class Pid {

    /** Which way the output moves when the measurement rises (ISA-5.1 convention). */
    public enum Action {
        /** Output rises with the measurement: e = PV - SP (a cooling valve driven by temperature). */
        DIRECT,
        /** Output falls as the measurement rises: e = SP - PV (a heater, a feed pump on flow). */
        REVERSE;

        double sign() {
            return this == REVERSE ? 1 : -1;
        }
    }

    private final Action action;
    private final double outMin;
    private final double outMax;
    private PidTuning tuning;
    private double setpointWeight = 1;
    private double integral;
    private double derivative;
    private double lastPv = Double.NaN;
    private double lastSetpoint = Double.NaN;
    private double output;

    public Pid(PidTuning tuning, Action action, double outMin, double outMax) {
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        this.action = Objects.requireNonNull(action, "action");
        if (!(outMin < outMax)) {
            throw new IllegalArgumentException("output limits need min < max: " + outMin + ", " + outMax);
        }
        this.outMin = outMin;
        this.outMax = outMax;
        this.output = outMin;
    }

    /**
     * Proportional (and, as always, derivative) action on the measurement only: set-point weight b = 0, the
     * I-PD structure industrial blocks offer as "P on PV" for loops where a set-point kick upsets the process.
     */
    public Pid proportionalOnMeasurement() {
        return withSetpointWeight(0);
    }

    /** Set-point weight b of the proportional term, 0 to 1. */
    public Pid withSetpointWeight(double b) {
        if (!(b >= 0 && b <= 1)) {
            throw new IllegalArgumentException("set-point weight must be within 0 and 1: " + b);
        }
        this.setpointWeight = b;
        return this;
    }

    public double setpointWeight() {
        return setpointWeight;
    }

    public PidTuning tuning() {
        return tuning;
    }

    /**
     * A new tuning from the next scan. With set-point weighting (b < 1) the part of P that the weighting
     * leaves out, Kp (1 - b) SP, moves into the integral, so that a gain change bumps the output only by
     * the change times the error, as with b = 1.
     */
    public void tune(PidTuning value) {
        Objects.requireNonNull(value, "tuning");
        if (setpointWeight < 1 && !Double.isNaN(lastSetpoint)) {
            integral += (value.kp() - tuning.kp()) * action.sign() * (1 - setpointWeight) * lastSetpoint;
        }
        this.tuning = value;
    }

    public Action action() {
        return action;
    }

    /** The last output, within the limits. */
    public double output() {
        return output;
    }

    /** Starts the loop at {@code currentOutput} so that the first scan does not bump the actuator. */
    public void initialize(double setpoint, double pv, double currentOutput) {
        lastPv = pv;
        lastSetpoint = setpoint;
        derivative = 0;
        output = clamp(currentOutput);
        integral = output - proportional(setpoint, pv);
    }

    /** One scan in automatic; returns the new output. */
    public double update(double setpoint, double pv, double dtSeconds) {
        if (Double.isNaN(lastPv)) {
            initialize(setpoint, pv, output);
        }
        updateDerivative(pv, dtSeconds);
        lastSetpoint = setpoint;
        double p = proportional(setpoint, pv);
        double unclamped = p + integral + derivative;
        output = clamp(unclamped);
        if (tuning.hasIntegral()) {
            double error = error(setpoint, pv);
            double tracking = Math.min(1, dtSeconds / tuning.trackingTimeSeconds());
            integral += tuning.kp() * dtSeconds / tuning.tiSeconds() * error + tracking * (output - unclamped);
        }
        return output;
    }

    /**
     * One scan in manual: the output is the operator's value (within the limits) and the controller
     * tracks it, so that switching back to auto is bumpless.
     */
    public double track(double setpoint, double pv, double manualOutput, double dtSeconds) {
        if (Double.isNaN(lastPv)) {
            lastPv = pv;
        }
        updateDerivative(pv, dtSeconds);
        lastSetpoint = setpoint;
        output = clamp(manualOutput);
        integral = output - proportional(setpoint, pv) - derivative;
        return output;
    }

    private double error(double setpoint, double pv) {
        return action.sign() * (setpoint - pv);
    }

    /** Kp (b SP - PV), signed by the action; with b = 1 it is Kp times the error. */
    private double proportional(double setpoint, double pv) {
        return tuning.kp() * action.sign() * (setpointWeight * setpoint - pv);
    }

    /** D = -sign Kp Td dPV/dt through the filter Td/N, by backward difference (Åström and Hägglund, 3.3). */
    private void updateDerivative(double pv, double dtSeconds) {
        double td = tuning.tdSeconds();
        if (td <= 0) {
            derivative = 0;
        } else {
            double tf = td / tuning.derivativeFilter();
            derivative = (tf * derivative - action.sign() * tuning.kp() * td * (pv - lastPv)) / (tf + dtSeconds);
        }
        lastPv = pv;
    }

    private double clamp(double value) {
        return Math.max(outMin, Math.min(outMax, value));
    }
}
