package org.icsdrill.core.tag;

/** The engineering range of a tag: instrument span for measurements, accepted values for writes. */
public record Range(double min, double max) {

    public static final Range BINARY = new Range(0, 1);

    public Range {
        if (!(min < max)) {
            throw new IllegalArgumentException("range needs min < max, got [" + min + ", " + max + "]");
        }
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    public double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }

    public double span() {
        return max - min;
    }
}
