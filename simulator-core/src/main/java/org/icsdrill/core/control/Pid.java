package org.icsdrill.core.control;

import java.util.Objects;

/**
 * A PID controller in ISA (ideal) form, as a PLC function block computes it once per scan.
 *
 * <ul>
 *   <li>Derivative on the measurement, not the error, so a set-point change gives no derivative kick;
 *       filtered with time constant Td/N and discretised by backward difference (stable for any step).</li>
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
    private double integral;
    private double derivative;
    private double lastPv = Double.NaN;
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

    public PidTuning tuning() {
        return tuning;
    }

    public void tune(PidTuning value) {
        this.tuning = Objects.requireNonNull(value, "tuning");
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
        output = clamp(manualOutput);
        integral = output - proportional(setpoint, pv) - derivative;
        return output;
    }

    private double error(double setpoint, double pv) {
        return action.sign() * (setpoint - pv);
    }

    private double proportional(double setpoint, double pv) {
        return tuning.kp() * error(setpoint, pv);
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
