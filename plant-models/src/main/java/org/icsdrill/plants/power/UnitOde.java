package org.icsdrill.plants.power;

import org.icsdrill.plants.common.Rk4;

/**
 * The unit's dynamics, time in seconds, power in pu of the rating. State vector:
 * {@code Δω (pu), δ (rad), gv (pu), Pch (pu), Prh (pu), p (bar), m (kg), Q (MW)}.
 *
 * <pre>
 *   2H dΔω/dt = Pm - Pe - KD Δω                    swing equation (Kundur 3.9, eq. 3.214; KD only on the tie)
 *   dδ/dt     = ω0 Δω                               rotor angle against the stiff neighbour, ω0 = 2π f0 rad/s
 *   Pe        = PL + D Δω + T sin δ                 area load with damping D, tie flow (Kundur 11.1.3, 11.1.5)
 *   TG  dgv/dt  = gvcmd - gv                        governor valve servo (Kundur 9.3)
 *   TCH dPch/dt = ms - Pch,  ms = gv p / prated     steam chest; flow ∝ valve x pressure (Kundur 9.1.2)
 *   TRH dPrh/dt = Pch - Prh                         reheater
 *   Pm        = FHP Pch + (1 - FHP) Prh iv - W (1 + Δω)²   tandem-compound reheat turbine less windage W;
 *                                               iv the intercept valve (reheater steam then bypassed)
 *   C dp/dt   = Q - Δh (qs + qsv)                   drum energy storage (Åström and Bell 2000), MJ/s = MW
 *   dm/dt     = qfw - qs - qsv                      drum water inventory, kg/s (no shrink and swell)
 *   Tf dQ/dt  = Qcmd - Q                            fuel system and furnace
 * </pre>
 * Pe is zero with the generator breaker open; the tie term and KD act only with the tie and the generator
 * breaker closed. The power form of the swing equation takes torque ≈ power near rated speed (Kundur 3.9).
 */
final class UnitOde implements Rk4.System {

    static final int SPEED = 0;
    static final int ANGLE = 1;
    static final int VALVE = 2;
    static final int CHEST = 3;
    static final int REHEAT = 4;
    static final int PRESSURE = 5;
    static final int WATER = 6;
    static final int HEAT = 7;
    static final int SIZE = 8;

    private final PowerParameters p;
    private final double omega0;

    // Inputs, held over a tick (zero-order hold), set by the process before stepping.
    double valveCommand;
    double interceptOpening = 1;
    double loadPu;
    double firingCommandMw;
    double feedwater;
    boolean generatorClosed = true;
    boolean tieClosed = true;
    boolean turbineTripped;

    UnitOde(PowerParameters parameters) {
        this.p = parameters;
        this.omega0 = 2 * Math.PI * parameters.nominalHz();
    }

    @Override
    public void derivatives(double[] y, double[] dydt) {
        double dw = y[SPEED];
        double steamPu = steamFlow(y) / p.ratedSteamFlow();
        double relief = safetyValveFlow(y[PRESSURE]);
        double pm = mechanicalPower(y);
        double pe = electricalPower(y);
        double damper = generatorClosed && tieClosed ? p.damperTorque() * dw : 0;
        dydt[SPEED] = (pm - pe - damper) / (2 * p.inertiaH());
        dydt[ANGLE] = generatorClosed && tieClosed ? omega0 * dw : 0;
        dydt[VALVE] = (clamp01(valveCommand) - y[VALVE]) / p.governorLag();
        dydt[CHEST] = (steamPu - y[CHEST]) / p.steamChestLag();
        dydt[REHEAT] = (y[CHEST] - y[REHEAT]) / p.reheaterLag();
        dydt[PRESSURE] = (y[HEAT] - p.enthalpyRise() * (steamFlow(y) + relief)) / p.storageCapacity();
        dydt[WATER] = feedwater - steamFlow(y) - relief;
        dydt[HEAT] = (firingCommandMw - y[HEAT]) / p.firingLag();
    }

    /** Steam through the governor valve, kg/s: choked flow, proportional to opening and pressure. */
    double steamFlow(double[] y) {
        return turbineTripped ? 0 : p.ratedSteamFlow() * clamp01(y[VALVE]) * Math.max(0, y[PRESSURE]) / p.ratedPressure();
    }

    /** Drum safety valve discharge, kg/s: proportional lift above the set pressure. */
    double safetyValveFlow(double pressure) {
        return Math.max(0, pressure - p.safetyValveSet()) * p.safetyValveGain();
    }

    /** Turbine power, pu; with the stop and intercept valves shut only the windage remains. */
    double mechanicalPower(double[] y) {
        double speed = Math.max(0, 1 + y[SPEED]);
        double windage = p.windageLoss() * speed * speed;
        double steam = turbineTripped ? 0
                : p.hpFraction() * y[CHEST] + (1 - p.hpFraction()) * y[REHEAT] * clamp01(interceptOpening);
        return steam - windage;
    }

    /** Generator electrical output, pu. */
    double electricalPower(double[] y) {
        if (!generatorClosed) {
            return 0;
        }
        return loadPu + p.loadDamping() * y[SPEED] + tieFlow(y);
    }

    /** Export over the tie line while the generator holds the area, pu. */
    double tieFlow(double[] y) {
        return generatorClosed && tieClosed ? p.tieSynchronising() * Math.sin(y[ANGLE]) : 0;
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
