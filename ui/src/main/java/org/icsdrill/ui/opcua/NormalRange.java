package org.icsdrill.ui.opcua;

/**
 * Where a tag's value is normal, as an ISA-101 analog indicator shades it: between its low and high
 * alarm limits (either may be open, NaN), or, for an on/off tag, anything but its alarm state.
 * {@link #NONE} knows no limits, so only bad quality and values outside the EURange are abnormal.
 *
 * @param low        the low alarm limit (L, else LL), NaN without one
 * @param high       the high alarm limit (H, else HH), NaN without one
 * @param alarmState the value (0 or 1) in which an on/off tag is in alarm, NaN without one
 */
public record NormalRange(double low, double high, double alarmState) {

    public static final NormalRange NONE = new NormalRange(Double.NaN, Double.NaN, Double.NaN);

    /** A band for analog values. */
    public static NormalRange between(double low, double high) {
        return new NormalRange(low, high, Double.NaN);
    }

    /** An on/off tag in alarm while it is {@code alarmed}. */
    public static NormalRange alarmWhen(boolean alarmed) {
        return new NormalRange(Double.NaN, Double.NaN, alarmed ? 1 : 0);
    }

    public boolean hasBand() {
        return !Double.isNaN(low) || !Double.isNaN(high);
    }

    /** Whether {@code value} is outside the band or in the alarm state; NaN (no value) never is. */
    public boolean abnormal(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        if (!Double.isNaN(alarmState)) {
            return value == alarmState;
        }
        return (!Double.isNaN(low) && value < low) || (!Double.isNaN(high) && value > high);
    }
}
