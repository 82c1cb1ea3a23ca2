package org.icsdrill.plants.power;

/**
 * The boiler's fuel gas train: the supply from the city gas network at the unit's inlet, the fuel control valve
 * and the burners. Heat the burners can release with the valve wide open, for an inlet pressure p (bar absolute):
 * <pre>
 *   Qavail(p) = margin Qmax sqrt((p² - pb²) / (pd² - pb²))
 * </pre>
 * the general flow equation of a gas valve or short line, flow ∝ sqrt(p1² - p2²) (Menon, Gas Pipeline
 * Hydraulics, 2005, ch. 2), with the burner header at pb and the valve sized to pass {@code margin} times the
 * boiler's maximum firing at the design inlet pressure pd. At the design pressure the valve never limits the
 * firing, so a unit whose inlet stays at its nominal pressure fires exactly as commanded.
 *
 * @param designPressure  pd, inlet pressure the train is designed for, bar absolute: the city network's 5 bar
 *                        (the gas plant's PRS1 set point)
 * @param burnerPressure  pb, burner header pressure, bar absolute (about 0.5 bar gauge)
 * @param valveMargin     valve capacity at pd over the maximum firing (valves are sized about 80 % open at full
 *                        load: 1.25)
 * @param efficiency      boiler efficiency on the lower heating value, heat to water and steam over fuel energy
 * @param heatingValue    lower heating value of the gas, MJ per standard m³ (15 °C, 1.01325 bar): 13A city gas,
 *                        45 MJ/m³(n) higher heating value, about 40.6 lower at 0 °C, 38.5 at 15 °C
 * @param runbackPressure inlet pressure below which the DCS runs the unit back to what the fuel supports, bar
 * @param tripPressure    default low-low inlet pressure trip (master fuel trip), bar: the burners' flame is no
 *                        longer stable (NFPA 85, 5.6: low fuel gas pressure interlock)
 * @param tripDelay       time the pressure must stay below the trip setting, s
 */
public record FuelGas(double designPressure, double burnerPressure, double valveMargin, double efficiency,
                      double heatingValue, double runbackPressure, double tripPressure, double tripDelay) {

    public static final FuelGas STANDARD = new FuelGas(5.0, 1.5, 1.25, 0.9, 38.5, 4.0, 3.0, 3);

    /** Heat the burners can release at inlet pressure {@code p} with the valve wide open, MW. */
    public double availableHeat(double maxFiring, double p) {
        double d2 = Math.max(0, p * p - burnerPressure * burnerPressure);
        return valveMargin * maxFiring * Math.sqrt(d2 / (designPressure * designPressure
                - burnerPressure * burnerPressure));
    }

    /** Fuel gas flow that releases {@code heatMw} into the water and steam, standard m³/h. */
    public double flow(double heatMw) {
        return heatMw / efficiency / heatingValue * 3600;
    }
}
