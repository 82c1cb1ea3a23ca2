package org.icsdrill.plants.power;

/**
 * A steady state of the unit at rated speed and pressure, connected, with the tie line at its schedule:
 * the turbine power equals the electrical output plus nothing (Δω = 0), the boiler's firing equals the
 * heat carried away by the steam, and feedwater equals steam flow. The plant starts at {@link #DESIGN}.
 *
 * @param loadMw         generator output, MW
 * @param valvePercent   governor valve opening, % (100 % passes the rated steam flow at rated pressure)
 * @param steamFlow      main steam flow, kg/s
 * @param firingPercent  firing rate, % of the maximum heat input
 * @param feedPercent    feedwater valve opening, %
 */
public record OperatingPoint(double loadMw, double valvePercent, double steamFlow, double firingPercent,
                             double feedPercent) {

    public static final OperatingPoint DESIGN = of(PowerParameters.standard(50), 400);

    public static OperatingPoint of(PowerParameters p, double loadMw) {
        // Steady turbine: Pm = steam (pu) - windage = Pe, so the steam flow in pu is Pe + windage.
        double steamPu = loadMw / p.ratedMw() + p.windageLoss();
        double steam = steamPu * p.ratedSteamFlow();
        return new OperatingPoint(loadMw, 100 * steamPu, steam,
                100 * steam * p.enthalpyRise() / p.maxFiring(), 100 * steam / p.maxFeedwater());
    }
}
