package org.icsdrill.plants.chemical;

/**
 * The exothermic CSTR of Seborg, Edgar, Mellichamp and Doyle, <i>Process Dynamics and Control</i>
 * (3rd ed., Wiley 2011), section 2.4.6, Table 2.3 (example 2.5, linearised in chapter 4): a
 * first-order irreversible reaction A -> B with Arrhenius rate, a constant-volume liquid and a
 * cooling medium at uniform temperature Tc. Time is in minutes, as in the book.
 *
 * <pre>
 *   dcA/dt = q/V (cAi - cA) - k(T) cA
 *   dT/dt  = q/V (Ti - T) + (-ΔH)/(ρC) k(T) cA + UA/(VρC) (Tc - T)
 *   k(T)   = k0 exp(-E/(RT))
 * </pre>
 * With Tc = 300 K the book's operating point is T = 350 K, cA = 0.5 mol/L. Note that this point is
 * open-loop unstable (the Jacobian has eigenvalues about -0.45 and +2.83 1/min: heat generation rises
 * faster with T than heat removal), so the plant needs its temperature loop.
 *
 * @param flow             q, feed and outlet flow, L/min
 * @param volume           V, liquid volume, L
 * @param feedConcentration cAi, concentration of A in the feed, mol/L
 * @param feedTemperature  Ti, feed temperature, K
 * @param density          ρ, density of the mixture, g/L
 * @param heatCapacity     C, specific heat capacity of the mixture, J/(g K)
 * @param heatOfReaction   -ΔH, heat released per mole of A reacted, J/mol
 * @param activationTemperature E/R, K
 * @param preExponential   k0, 1/min
 * @param ua               UA, overall heat transfer coefficient times area, J/(min K)
 */
public record CstrParameters(
        double flow,
        double volume,
        double feedConcentration,
        double feedTemperature,
        double density,
        double heatCapacity,
        double heatOfReaction,
        double activationTemperature,
        double preExponential,
        double ua) {

    /** Seborg et al., Table 2.3. */
    public static final CstrParameters SEBORG = new CstrParameters(
            100, 100, 1, 350, 1000, 0.239, 5e4, 8750, 7.2e10, 5e4);

    /** k(T) = k0 exp(-E/(RT)), 1/min. */
    public double rateConstant(double temperature) {
        return preExponential * Math.exp(-activationTemperature / temperature);
    }

    /** ρC, volumetric heat capacity, J/(L K). */
    public double volumetricHeatCapacity() {
        return density * heatCapacity;
    }

    /** (-ΔH)/(ρC): temperature rise per mol/L of A reacted, K L/mol (the adiabatic rise is this times cAi). */
    public double adiabaticRisePerConcentration() {
        return heatOfReaction / volumetricHeatCapacity();
    }

    /** UA/(VρC), 1/min. */
    public double coolingRate() {
        return ua / (volume * volumetricHeatCapacity());
    }

    /** The book's two balances at its constant volume and flow; returns {dcA/dt, dT/dt} per minute. */
    public double[] derivatives(double cA, double temperature, double coolantTemperature) {
        double r = rateConstant(temperature) * cA;
        double dilution = flow / volume;
        return new double[] {
            dilution * (feedConcentration - cA) - r,
            dilution * (feedTemperature - temperature) + adiabaticRisePerConcentration() * r
                    + coolingRate() * (coolantTemperature - temperature)
        };
    }

    /**
     * The Jacobian of {@link #derivatives} with respect to (cA, T), row-major, per minute: the linearised
     * model of Seborg chapter 4. The input vector for Tc is (0, UA/(VρC)).
     */
    public double[][] jacobian(double cA, double temperature) {
        double k = rateConstant(temperature);
        double dkdT = k * activationTemperature / (temperature * temperature);
        double dilution = flow / volume;
        return new double[][] {
            {-dilution - k, -dkdT * cA},
            {adiabaticRisePerConcentration() * k, -dilution + adiabaticRisePerConcentration() * dkdT * cA - coolingRate()}
        };
    }

    /** The steady-state cA at temperature T with the book's flow and volume, mol/L. */
    public double steadyConcentration(double temperature) {
        double dilution = flow / volume;
        return dilution * feedConcentration / (dilution + rateConstant(temperature));
    }

    /** The coolant temperature that holds the reactor steady at temperature T, K. */
    public double steadyCoolantTemperature(double temperature) {
        double cA = steadyConcentration(temperature);
        double generation = flow / volume * (feedTemperature - temperature)
                + adiabaticRisePerConcentration() * rateConstant(temperature) * cA;
        return temperature - generation / coolingRate();
    }
}
