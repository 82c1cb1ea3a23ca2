package org.icsdrill.evidence.detection;

/**
 * The parameters of eTaPR (see {@link Etapr}).
 *
 * @param thetaP a prediction is correct when at least this share of it overlaps attacks
 * @param thetaR an attack is detected when at least this share of it is covered by (correct) predictions
 * @param delta the ambiguous section after each attack, as a share of the attack's length
 *     ({@code floor(delta * (last - first))} seconds); 0 for none
 */
public record EtaprParameters(double thetaP, double thetaR, double delta) {

    /** The defaults of the reference implementation's command line: theta_p 0.5, theta_r 0.1, delta 0. */
    public static final EtaprParameters DEFAULTS = new EtaprParameters(0.5, 0.1, 0.0);

    public EtaprParameters {
        check("theta_p", thetaP);
        check("theta_r", thetaR);
        check("delta", delta);
    }

    private static void check(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }
}
