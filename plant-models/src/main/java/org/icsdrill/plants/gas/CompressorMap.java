package org.icsdrill.plants.gas;

/**
 * The centrifugal compressor's map in normalised coordinates: flow q = Q/Qd (actual suction volume
 * flow over its design value), polytropic head h = H/Hd, speed n = N/Nd. Each speed line is the
 * parabola
 * <pre>
 *   h(q, n) = c0 n² + c1 n q - c2 q²
 * </pre>
 * which obeys the fan (affinity) laws exactly: scaling q by n and h by n² maps one speed line onto
 * another (h(nq, n) = n² h(q, 1)); see Saravanamuttoo et al., Gas Turbine Theory, ch. 4, or Boyce,
 * Centrifugal Compressors, ch. 5. The surge line joins the peaks of the speed lines (left of a peak
 * the characteristic rises with flow and the compression system is unstable, Greitzer 1976): it is
 * q_s = 0.7 n at h_s = 1.135 n², the parabola h = (h_s/q_s²) q² through the origin. At the design point
 * (q = 1, n = 1, h = 1) the flow is 43 % right of the surge point at the same speed.
 *
 * <p>Head and pressure ratio are tied by the polytropic relation
 * {@code H = Z R T1 / σ (PR^σ - 1)}, σ = (n-1)/n (Boyce ch. 2); in normalised form
 * {@code h = (PR^σ - 1) / (PRd^σ - 1)} at constant suction temperature.
 */
public final class CompressorMap {

    static final double C0 = 0.4;
    static final double C1 = 2.1;
    static final double C2 = 1.5;

    private final double sigma;
    private final double designHeadTerm;

    /** @param polytropicFactor σ; @param designPressureRatio PR at q = 1, n = 1 */
    public CompressorMap(double polytropicFactor, double designPressureRatio) {
        this.sigma = polytropicFactor;
        this.designHeadTerm = Math.pow(designPressureRatio, polytropicFactor) - 1;
    }

    public static CompressorMap of(GasParameters p) {
        return new CompressorMap(p.polytropicFactor(), p.designPressureRatio());
    }

    /** Head on the speed line n at flow q. */
    public double head(double q, double n) {
        return C0 * n * n + C1 * n * q - C2 * q * q;
    }

    /** Flow at the surge point of speed line n (the line's peak). */
    public double surgeFlow(double n) {
        return C1 * n / (2 * C2);
    }

    /** Head at the surge point of speed line n. */
    public double surgeHead(double n) {
        return head(surgeFlow(n), n);
    }

    /** Flow on the surge line at head h (h = k q² through the origin). */
    public double surgeFlowAtHead(double h) {
        double k = surgeHead(1) / (surgeFlow(1) * surgeFlow(1));
        return Math.sqrt(Math.max(0, h) / k);
    }

    /** Flow at which speed line n delivers no head (PR = 1): the right end of the line. */
    public double zeroHeadFlow(double n) {
        return n * (C1 + Math.sqrt(C1 * C1 + 4 * C0 * C2)) / (2 * C2);
    }

    /** Speed at which the line through flow q delivers head h (the positive root in n). */
    public double speedFor(double q, double h) {
        return (-C1 * q + Math.sqrt(C1 * C1 * q * q + 4 * C0 * (C2 * q * q + h))) / (2 * C0);
    }

    /** Pressure ratio for a normalised head; below PR = 1 the machine is a restriction. */
    public double pressureRatio(double h) {
        double base = Math.max(1e-6, 1 + h * designHeadTerm);
        return Math.pow(base, 1 / sigma);
    }

    /** Normalised head for a pressure ratio. */
    public double headForPressureRatio(double pressureRatio) {
        return (Math.pow(Math.max(1e-9, pressureRatio), sigma) - 1) / designHeadTerm;
    }

    /**
     * Surge margin at the head h and flow q, in % of the surge flow at the same head: the distance the
     * anti-surge controller keeps (control line, typically 10 %).
     */
    public double surgeMargin(double q, double h) {
        double qs = surgeFlowAtHead(h);
        return qs <= 0 ? 100 : 100 * (q / qs - 1);
    }
}
