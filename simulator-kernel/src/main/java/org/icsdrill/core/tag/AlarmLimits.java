package org.icsdrill.core.tag;

/**
 * Alarm settings of one tag. Analog tags use HH/H/L/LL limits with a deadband (NaN switches a
 * level off); a discrete tag alarms when its value equals {@code alarmState}.
 *
 * <p>Alarm management after ANSI/ISA-18.2-2016 (section 10.4, alarm design) and EEMUA 191: an on-delay
 * raises an alarm only once its condition has held that long (a noisy signal at its limit stays quiet); an
 * off-delay clears it only once it has been normal that long (a cycling condition, such as surge, is one
 * alarm, not one per cycle); state-based suppression ({@link Suppression}) takes the alarm away while the
 * plant is in a state where the quantity means nothing (a surge margin with the compressor at standstill).
 *
 * @param onDelaySeconds  plant seconds the condition must hold before the alarm is raised (0: at once)
 * @param offDelaySeconds plant seconds the value must be normal before the alarm clears (0: at once)
 * @param suppression     the plant state in which the alarm is suppressed, or null
 */
public record AlarmLimits(
        double highHigh,
        double high,
        double low,
        double lowLow,
        double deadband,
        AlarmPriority priority,
        double alarmState,
        double onDelaySeconds,
        double offDelaySeconds,
        Suppression suppression) {

    public static final AlarmLimits NONE =
            new AlarmLimits(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, AlarmPriority.LOW, Double.NaN);

    /**
     * State-based suppression: the alarm is suppressed while tag {@code tag} of the same plant reads within
     * {@code min} to {@code max} (inclusive) in the view the alarms are computed on.
     */
    public record Suppression(String tag, double min, double max, String reason) {
        public boolean holds(double value) {
            return value >= min && value <= max;
        }
    }

    public AlarmLimits {
        if (deadband < 0 || onDelaySeconds < 0 || offDelaySeconds < 0) {
            throw new IllegalArgumentException("deadband and delays must not be negative");
        }
    }

    public AlarmLimits(double highHigh, double high, double low, double lowLow, double deadband,
                       AlarmPriority priority, double alarmState) {
        this(highHigh, high, low, lowLow, deadband, priority, alarmState, 0, 0, null);
    }

    /** Analog limits; use NaN for a level that does not exist. HH and LL get one priority more. */
    public static AlarmLimits analog(double highHigh, double high, double low, double lowLow, double deadband,
                                     AlarmPriority priority) {
        return new AlarmLimits(highHigh, high, low, lowLow, deadband, priority, Double.NaN);
    }

    /** A discrete alarm raised while the tag equals {@code state} (1 = on). */
    public static AlarmLimits whenEquals(double state, AlarmPriority priority) {
        return new AlarmLimits(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, priority, state);
    }

    /** These limits with on- and off-delays, in plant seconds. */
    public AlarmLimits withDelays(double onSeconds, double offSeconds) {
        return new AlarmLimits(highHigh, high, low, lowLow, deadband, priority, alarmState, onSeconds, offSeconds,
                suppression);
    }

    /** These limits, suppressed while {@code tag} reads within {@code min} to {@code max}, for {@code reason}. */
    public AlarmLimits suppressedWhile(String tag, double min, double max, String reason) {
        return new AlarmLimits(highHigh, high, low, lowLow, deadband, priority, alarmState, onDelaySeconds,
                offDelaySeconds, new Suppression(tag, min, max, reason));
    }

    public boolean isDiscrete() {
        return !Double.isNaN(alarmState);
    }

    public boolean isDefined() {
        return isDiscrete() || !Double.isNaN(highHigh) || !Double.isNaN(high) || !Double.isNaN(low)
                || !Double.isNaN(lowLow);
    }
}
