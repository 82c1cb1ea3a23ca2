package org.icsdrill.core.tag;

/**
 * Alarm settings of one tag. Analog tags use HH/H/L/LL limits with a deadband (NaN switches a
 * level off); a discrete tag alarms when its value equals {@code alarmState}.
 */
public record AlarmLimits(
        double highHigh,
        double high,
        double low,
        double lowLow,
        double deadband,
        AlarmPriority priority,
        double alarmState) {

    public static final AlarmLimits NONE =
            new AlarmLimits(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, AlarmPriority.LOW, Double.NaN);

    public AlarmLimits {
        if (deadband < 0) {
            throw new IllegalArgumentException("deadband must not be negative");
        }
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

    public boolean isDiscrete() {
        return !Double.isNaN(alarmState);
    }

    public boolean isDefined() {
        return isDiscrete() || !Double.isNaN(highHigh) || !Double.isNaN(high) || !Double.isNaN(low)
                || !Double.isNaN(lowLow);
    }
}
