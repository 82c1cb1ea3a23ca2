package org.icsdrill.core.control;

/**
 * Tuning of a {@link Pid} in the ISA (ideal, non-interacting) form
 * {@code u = Kp (e + 1/Ti ∫e dt + Td de/dt)}, in the units engineers type into a faceplate.
 *
 * @param kp               proportional gain, output units per measurement unit
 * @param tiSeconds        integral (reset) time in seconds; zero or less switches integral action off
 * @param tdSeconds        derivative time in seconds; zero switches derivative action off
 * @param derivativeFilter N: the derivative is filtered with time constant {@code Td / N}, so that
 *                         measurement noise is amplified at most N times (8 to 20 is usual)
 */
public record PidTuning(double kp, double tiSeconds, double tdSeconds, double derivativeFilter) {

    /** The usual derivative filter, N = 10. */
    public static final double DEFAULT_FILTER = 10;

    public PidTuning {
        if (!Double.isFinite(kp) || kp < 0) {
            throw new IllegalArgumentException("gain must be finite and not negative (choose the action instead): " + kp);
        }
        if (Double.isNaN(tiSeconds) || Double.isNaN(tdSeconds) || tdSeconds < 0) {
            throw new IllegalArgumentException("integral time must be a number and derivative time not negative");
        }
        if (!(derivativeFilter > 0)) {
            throw new IllegalArgumentException("derivative filter N must be positive: " + derivativeFilter);
        }
    }

    public static PidTuning of(double kp, double tiSeconds, double tdSeconds) {
        return new PidTuning(kp, tiSeconds, tdSeconds, DEFAULT_FILTER);
    }

    public static PidTuning pi(double kp, double tiSeconds) {
        return of(kp, tiSeconds, 0);
    }

    public boolean hasIntegral() {
        return tiSeconds > 0 && Double.isFinite(tiSeconds);
    }

    /**
     * Time constant of the back-calculation anti-windup: sqrt(Ti Td) for a PID, Ti for a PI
     * (Åström and Hägglund, Advanced PID Control, 2006, section 3.5).
     */
    double trackingTimeSeconds() {
        return tdSeconds > 0 ? Math.sqrt(tiSeconds * tdSeconds) : tiSeconds;
    }
}
