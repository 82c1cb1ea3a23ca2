package org.icsdrill.core.exercise;

import org.icsdrill.core.tag.AlarmLimits;

/**
 * How soon a value reaches its tag's high-high or low-low limit at the rate it moved over a recent
 * window: a least-squares line through the samples, trusted only when its slope stands clear of the
 * noise (more than three standard errors) and the limit is within {@link #HORIZON_SECONDS}. A runaway
 * that accelerates gets there sooner than this says; it is an estimate at the present rate.
 */
final class LimitForecast {

    /** Beyond an hour of plant time a straight line says nothing worth acting on. */
    static final double HORIZON_SECONDS = 3600;
    /** Fewer samples or a shorter span give no trend. */
    static final int MIN_SAMPLES = 10;

    /**
     * @param limit   {@code HH}, {@code LL}, or empty when the tag declares neither
     * @param seconds plant seconds to the limit, 0 at or beyond it, NaN when it is not heading there
     */
    record Forecast(String limit, double limitValue, double seconds) {
        static final Forecast NONE = new Forecast("", Double.NaN, Double.NaN);
    }

    private LimitForecast() {
    }

    /** {@code times} and {@code values} of equal length {@code n}, oldest first; the newest value is the present. */
    static Forecast of(AlarmLimits limits, double[] times, double[] values, int n) {
        double high = limits.highHigh();
        double low = limits.lowLow();
        if (n == 0 || (Double.isNaN(high) && Double.isNaN(low))) {
            return Forecast.NONE;
        }
        double now = values[n - 1];
        if (!Double.isNaN(high) && now >= high) {
            return new Forecast("HH", high, 0);
        }
        if (!Double.isNaN(low) && now <= low) {
            return new Forecast("LL", low, 0);
        }
        double slope = trustedSlope(times, values, n);
        if (slope > 0 && !Double.isNaN(high)) {
            return within(new Forecast("HH", high, (high - now) / slope));
        }
        if (slope < 0 && !Double.isNaN(low)) {
            return within(new Forecast("LL", low, (now - low) / -slope));
        }
        // not heading for either: name the nearer limit, with no time
        boolean highNearer = Double.isNaN(low) || (!Double.isNaN(high) && high - now <= now - low);
        return highNearer ? new Forecast("HH", high, Double.NaN) : new Forecast("LL", low, Double.NaN);
    }

    private static Forecast within(Forecast forecast) {
        return forecast.seconds() <= HORIZON_SECONDS ? forecast
                : new Forecast(forecast.limit(), forecast.limitValue(), Double.NaN);
    }

    /** The least-squares slope, or 0 when there are too few samples or it is within the noise. */
    static double trustedSlope(double[] t, double[] v, int n) {
        if (n < MIN_SAMPLES) {
            return 0;
        }
        double meanT = 0;
        double meanV = 0;
        for (int i = 0; i < n; i++) {
            meanT += t[i];
            meanV += v[i];
        }
        meanT /= n;
        meanV /= n;
        double stt = 0;
        double stv = 0;
        for (int i = 0; i < n; i++) {
            stt += (t[i] - meanT) * (t[i] - meanT);
            stv += (t[i] - meanT) * (v[i] - meanV);
        }
        if (stt <= 0) {
            return 0;
        }
        double slope = stv / stt;
        double residuals = 0;
        for (int i = 0; i < n; i++) {
            double r = v[i] - meanV - slope * (t[i] - meanT);
            residuals += r * r;
        }
        double standardError = Math.sqrt(residuals / (n - 2) / stt);
        return Math.abs(slope) > 3 * standardError ? slope : 0;
    }
}
