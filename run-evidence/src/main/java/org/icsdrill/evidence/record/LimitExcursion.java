package org.icsdrill.evidence.record;

/**
 * How long one tag's true value was beyond its high-high or low-low alarm limit, in historian
 * seconds (one sample per plant-second).
 */
public record LimitExcursion(TagInfo tag, long secondsAboveHighHigh, long secondsBelowLowLow) {

    public long seconds() {
        return secondsAboveHighHigh + secondsBelowLowLow;
    }
}
