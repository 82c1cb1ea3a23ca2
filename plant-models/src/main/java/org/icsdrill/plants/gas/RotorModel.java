package org.icsdrill.plants.gas;

/**
 * Vibration and fatigue of the compressor rotor K101: why 1410 Hz hurts and 1064 Hz does not.
 *
 * <p><b>Vibration</b> (casing velocity, mm/s rms) is the unbalance response of the rotor's first two
 * bending modes, each a single-degree-of-freedom oscillator (Den Hartog, Mechanical Vibrations, ch. 3):
 * {@code R(r) = r² / sqrt((1 - r²)² + (2 ζ r)²)}, r = n / n_c. The first critical speed lies at 55 % of
 * nominal (passed through on start-up), the second at 145 %, above the maximum continuous speed with the
 * separation margin API 617 asks for. At nominal speed the rotor runs at 2.0 mm/s (ISO 10816-3 zone A);
 * driven to 1410 Hz (133 %) it approaches the second critical speed and vibrates at about 5.6 mm/s.
 * Surge adds a large low-frequency component that scales with the head, 9 mm/s × n².
 *
 * <p><b>Fatigue</b> is Palmgren-Miner damage accumulation, D = Σ n_i / N_i, one stress cycle per
 * revolution. The alternating stress is proportional to the vibration; the centrifugal mean stress
 * grows with n² (45 % of the ultimate strength at nominal speed) and is accounted for by the Goodman
 * relation {@code σ_eq = σ_a / (1 - σ_m / σ_u)}. Cycles to failure follow Basquin's law
 * {@code N = N_e (σ_eq/σ_e)^-m} above the endurance limit σ_e and Haibach's extension with slope
 * 2m - 1 below it (FKM guideline), so normal running accumulates a negligible but non-zero amount.
 * At nominal σ_eq/σ_e = 0.45: about 1e-6 in two hours. At 1410 Hz σ_eq/σ_e ≈ 3.4: failure (D = 1)
 * in about 20 minutes. In surge at nominal speed: failure in about 2 hours.
 */
final class RotorModel {

    /** First and second critical speeds, fraction of nominal speed. */
    static final double FIRST_CRITICAL = 0.55;
    static final double SECOND_CRITICAL = 1.45;
    /** Damping ratios of the two modes. */
    static final double FIRST_DAMPING = 0.15;
    static final double SECOND_DAMPING = 0.10;
    /** Modal unbalance amplitudes, mm/s, chosen for 2.0 mm/s at nominal and about 5.6 mm/s at 1410 Hz. */
    static final double FIRST_AMPLITUDE = 0.505;
    static final double SECOND_AMPLITUDE = 1.474;
    /** Surge vibration at nominal speed, mm/s. */
    static final double SURGE_AMPLITUDE = 9.0;
    /** Vibration of a failed rotor (rub, broken blade), mm/s. */
    static final double FAILED_VIBRATION = 25;

    /** Centrifugal mean stress over ultimate strength at nominal speed. */
    static final double MEAN_STRESS_AT_NOMINAL = 0.45;
    /** Equivalent alternating stress over the endurance limit per mm/s of vibration at zero mean stress. */
    static final double STRESS_PER_VIBRATION = 0.45 * (1 - MEAN_STRESS_AT_NOMINAL) / 2.0;
    /** Basquin exponent m (steels: 5 to 12). */
    static final double BASQUIN_EXPONENT = 6;
    /** Cycles to failure at the endurance limit (gigacycle regime of rotating parts). */
    static final double ENDURANCE_CYCLES = 5e8;

    private RotorModel() {
    }

    /** Vibration target in mm/s at speed n (fraction of nominal), without surge. */
    static double vibration(double n) {
        return FIRST_AMPLITUDE * response(n / FIRST_CRITICAL, FIRST_DAMPING)
                + SECOND_AMPLITUDE * response(n / SECOND_CRITICAL, SECOND_DAMPING);
    }

    /** Surge's contribution at speed n, mm/s. */
    static double surgeVibration(double n) {
        return SURGE_AMPLITUDE * n * n;
    }

    private static double response(double r, double zeta) {
        double r2 = r * r;
        return r2 / Math.sqrt((1 - r2) * (1 - r2) + 4 * zeta * zeta * r2);
    }

    /** Equivalent stress over the endurance limit (Goodman) at vibration v (mm/s) and speed n. */
    static double stressRatio(double vibration, double n) {
        double mean = MEAN_STRESS_AT_NOMINAL * n * n;
        if (mean >= 1) {
            return Double.POSITIVE_INFINITY; // burst: the mean stress alone exceeds the strength
        }
        return STRESS_PER_VIBRATION * vibration / (1 - mean);
    }

    /** Cycles to failure at a stress ratio (Basquin above the endurance limit, Haibach below). */
    static double cyclesToFailure(double stressRatio) {
        if (stressRatio <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double exponent = stressRatio >= 1 ? BASQUIN_EXPONENT : 2 * BASQUIN_EXPONENT - 1;
        return ENDURANCE_CYCLES * Math.pow(stressRatio, -exponent);
    }

    /** Miner damage rate, 1/s, at shaft rotation frequency (rev/s), vibration (mm/s) and speed n. */
    static double damageRate(double revolutionsPerSecond, double vibration, double n) {
        if (revolutionsPerSecond <= 0) {
            return 0;
        }
        return revolutionsPerSecond / cyclesToFailure(stressRatio(vibration, n));
    }
}
