package org.icsdrill.core.sim;

/**
 * How fast plant time runs against wall time: 1 is real time, 50 is fifty times faster, and
 * {@link #MAX} runs ticks back to back as fast as the CPU allows.
 */
public record Speed(double factor) {

    public static final Speed REAL_TIME = new Speed(1);
    public static final Speed MAX = new Speed(Double.POSITIVE_INFINITY);

    public Speed {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("speed must be positive, got " + factor);
        }
    }

    public boolean isMax() {
        return Double.isInfinite(factor);
    }

    /** Parses {@code max} or a positive number such as {@code 1}, {@code 50} or {@code 0.5}. */
    public static Speed parse(String text) {
        if ("max".equalsIgnoreCase(text.trim())) {
            return MAX;
        }
        try {
            return new Speed(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("speed must be a positive number or 'max', got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return isMax() ? "max" : (factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor));
    }
}
