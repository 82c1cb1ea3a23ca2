package org.icsdrill.plants.chemical;

import org.icsdrill.plants.common.Rk4;

/**
 * Balances of the whole vessel, time in minutes. The reaction and its heat are the book's equations
 * (see {@link CstrParameters}) with the volume free to change; around them: a jacket energy balance,
 * a liquid volume balance, and the head space (solvent vapour plus nitrogen pad). State vector:
 * {@code cA (mol/L), T (K), V (L), Tj (K), n (mol of pad gas)}.
 *
 * <pre>
 *   dcA/dt = qin/V (cAi - cA) - k cA
 *   dT/dt  = qin/V (Ti - T) + (-ΔH)/(ρC) k cA - [f UA (T - Tj) + ṅvap ΔHvap] / (VρC)
 *   dV/dt  = qin - qout - ṅvap vL
 *   dTj/dt = Fc/Vj (Tcin - Tj) + f UA (T - Tj) / (Vj ρw Cw)
 *   dn/dt  = ṅpad - ṅgas
 *   p      = p*(T) + n R T / (Vtank - V)                 (Antoine, ideal gas; kPa)
 * </pre>
 * f is 1 with the agitator running and {@link EquipmentParameters#agitatorOffUaFactor()} without it.
 * The relief valve vents in proportion to the vessel pressure (choked flow), each component by its
 * partial pressure; the vapour it vents cools the liquid by its latent heat. With V = 100 L,
 * qin = qout = 100 L/min and Tj = Tc this reduces to the book's model exactly.
 */
final class ReactorOde implements Rk4.System {

    static final int CONCENTRATION = 0;
    static final int TEMPERATURE = 1;
    static final int VOLUME = 2;
    static final int JACKET = 3;
    static final int PAD_GAS = 4;
    static final int SIZE = 5;

    /** Below this the volume is treated as this, so that an empty vessel does not divide by zero, L. */
    private static final double MIN_VOLUME = 0.5;
    /** Smallest head space, L: a vessel filled solid is pressurised hard, not infinitely. */
    private static final double MIN_GAS_VOLUME = 1;

    private final CstrParameters cstr;
    private final EquipmentParameters equipment;

    // Inputs, held over a tick (zero-order hold), set by the process before stepping.
    double feedFlow;
    double coolantFlow;
    double outletOpening;
    boolean agitatorRunning = true;
    boolean reliefOpen;
    boolean ruptured;

    ReactorOde(CstrParameters cstr, EquipmentParameters equipment) {
        this.cstr = cstr;
        this.equipment = equipment;
    }

    @Override
    public void derivatives(double[] y, double[] dydt) {
        double cA = Math.max(0, y[CONCENTRATION]);
        double t = y[TEMPERATURE];
        double v = Math.max(MIN_VOLUME, y[VOLUME]);
        double tj = y[JACKET];
        double rate = cstr.rateConstant(t) * cA;
        double jacketHeat = ua() * (t - tj);
        double vapour = Antoine.WATER.kilopascal(t);
        double gas = padPartialPressure(y);
        double pressure = ruptured ? equipment.atmosphericPressure() : vapour + gas;
        double ventVapour = reliefOpen ? equipment.reliefCoefficient() * vapour : 0;
        double ventGas = reliefOpen ? equipment.reliefCoefficient() * gas : 0;
        double padMakeUp = ruptured ? 0 : equipment.padGain() * Math.max(0, equipment.padPressure() - pressure);

        dydt[CONCENTRATION] = feedFlow / v * (cstr.feedConcentration() - cA) - rate;
        dydt[TEMPERATURE] = feedFlow / v * (cstr.feedTemperature() - t)
                + cstr.adiabaticRisePerConcentration() * rate
                - (jacketHeat + ventVapour * equipment.vaporisationEnthalpy()) / (v * cstr.volumetricHeatCapacity());
        dydt[VOLUME] = feedFlow - outletFlow(y[VOLUME]) - ventVapour * equipment.solventMolarVolume();
        dydt[JACKET] = coolantFlow / equipment.jacketVolume() * (equipment.coolantSupplyTemperature() - tj)
                + jacketHeat / (equipment.jacketVolume() * equipment.coolantVolumetricHeatCapacity());
        dydt[PAD_GAS] = ruptured ? 0 : padMakeUp - ventGas;
    }

    /** Outlet flow, L/min: valve opening times the liquid head's square root. */
    double outletFlow(double volume) {
        return outletOpening * equipment.outletMaxFlow()
                * Math.sqrt(Math.max(0, volume) / equipment.outletReferenceVolume());
    }

    double pressure(double[] y) {
        return ruptured ? equipment.atmosphericPressure()
                : Antoine.WATER.kilopascal(y[TEMPERATURE]) + padPartialPressure(y);
    }

    /**
     * The fastest rate in the system, 1/min: the explicit step must stay well inside RK4's stability
     * region, and the Arrhenius term grows stiff in a runaway.
     */
    double stiffness(double[] y) {
        double t = y[TEMPERATURE];
        double v = Math.max(MIN_VOLUME, y[VOLUME]);
        double k = cstr.rateConstant(t);
        double selfHeating = cstr.adiabaticRisePerConcentration() * k * cstr.activationTemperature() / (t * t)
                * Math.max(0, y[CONCENTRATION]);
        double reactor = feedFlow / v + k + selfHeating + ua() / (v * cstr.volumetricHeatCapacity());
        double jacket = (coolantFlow * equipment.coolantVolumetricHeatCapacity() + ua())
                / (equipment.jacketVolume() * equipment.coolantVolumetricHeatCapacity());
        double head = (equipment.padGain() + equipment.reliefCoefficient()) * OperatingPoint.GAS_CONSTANT * t
                / gasVolume(y);
        return Math.max(reactor, Math.max(jacket, head));
    }

    private double ua() {
        return cstr.ua() * (agitatorRunning ? 1 : equipment.agitatorOffUaFactor());
    }

    private double padPartialPressure(double[] y) {
        return Math.max(0, y[PAD_GAS]) * OperatingPoint.GAS_CONSTANT * y[TEMPERATURE] / gasVolume(y);
    }

    private double gasVolume(double[] y) {
        return Math.max(MIN_GAS_VOLUME, equipment.tankVolume() - y[VOLUME]);
    }
}
