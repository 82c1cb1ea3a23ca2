package org.icsdrill.plants.chemical;

/**
 * The equipment around the textbook reaction: vessel, jacket, pumps, valves, nitrogen pad and relief
 * valve. These are this simulator's design choices (the book gives only the reaction and UA); each is
 * chosen so that the book's operating point sits mid-range on every instrument.
 *
 * @param tankVolume            total vessel volume, L (level 100 % = full)
 * @param jacketVolume          coolant hold-up in the jacket, L
 * @param coolantDensity        ρw, g/L (water)
 * @param coolantHeatCapacity   Cw, J/(g K) (water)
 * @param coolantSupplyTemperature Tcin, chilled-water supply, K
 * @param coolantMaxFlow        coolant flow with the valve fully open, L/min (linear trim)
 * @param feedMaxFlow           feed flow at 100 % pump speed, L/min (flow proportional to speed)
 * @param outletMaxFlow         outlet flow with the valve fully open at the reference volume, L/min
 * @param outletReferenceVolume liquid volume at which the outlet valve passes its rated flow, L
 * @param agitatorOffUaFactor   UA with the agitator stopped, as a fraction of UA (natural convection only)
 * @param padPressure           nitrogen pad regulator set pressure, kPa absolute
 * @param padGain               pad regulator make-up, mol/(min kPa) below its set pressure
 * @param reliefSetPressure     relief valve set (lift) pressure, kPa absolute
 * @param reliefReseatPressure  relief valve reseat pressure, kPa absolute (blowdown)
 * @param reliefCoefficient     relief vent molar flow per kPa of vessel pressure, mol/(min kPa);
 *                              sized for a failed pad regulator, not for a runaway
 * @param burstPressure         pressure at which the vessel ruptures, kPa absolute
 * @param atmosphericPressure   kPa absolute
 * @param vaporisationEnthalpy  ΔHvap of the solvent (water), J/mol
 * @param solventMolarVolume    liquid volume per mole of solvent vented, L/mol (water 18.015 g/mol)
 * @param valveStrokeRate       control valve stroking speed, % per second
 * @param shutoffValveRate      feed shut-off valve stroking speed, % per second
 * @param pumpTimeConstant      feed pump speed response, s
 */
public record EquipmentParameters(
        double tankVolume,
        double jacketVolume,
        double coolantDensity,
        double coolantHeatCapacity,
        double coolantSupplyTemperature,
        double coolantMaxFlow,
        double feedMaxFlow,
        double outletMaxFlow,
        double outletReferenceVolume,
        double agitatorOffUaFactor,
        double padPressure,
        double padGain,
        double reliefSetPressure,
        double reliefReseatPressure,
        double reliefCoefficient,
        double burstPressure,
        double atmosphericPressure,
        double vaporisationEnthalpy,
        double solventMolarVolume,
        double valveStrokeRate,
        double shutoffValveRate,
        double pumpTimeConstant) {

    /**
     * Emergency generator, from the loss of the site bus to carrying the chilled-water pump and the agitator, s:
     * NFPA 110's Type 10, the class of emergency supplies for life safety and critical process loads.
     */
    public static final double GENERATOR_START_SECONDS = 10;
    /** Its day tank, hours at load (design choice). */
    public static final double GENERATOR_FUEL_HOURS = 8;

    public static final EquipmentParameters STANDARD = new EquipmentParameters(
            200, 5, 1000, 4.184, 280, 100,
            200, 200, 100,
            0.3,
            200, 0.1,
            1000, 900, 0.02, 2000, 101.325,
            40_660, 0.018015,
            20, 50, 2);

    /** ρw Cw, J/(L K). */
    public double coolantVolumetricHeatCapacity() {
        return coolantDensity * coolantHeatCapacity;
    }
}
