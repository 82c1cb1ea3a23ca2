package org.icsdrill.plants.power;

/**
 * The unit, its boiler and the grid area, with textbook values. Power is in per unit (pu) of the
 * generator rating inside the physics and in MW on the tags; speed deviation in pu of rated speed.
 *
 * @param ratedMw            generator rating and per-unit power base, MW
 * @param nominalHz          grid frequency, Hz (50 in East Japan, 60 in West Japan)
 * @param inertiaH           H, stored kinetic energy at rated speed over the rating, s (Kundur 3.9: 4 to 10 s
 *                           for steam units)
 * @param loadDamping        D, % change of load per % change of frequency (Kundur 11.1.3: 1 to 2)
 * @param droop              R, governor speed regulation, pu speed per pu power (Kundur 11.1.3: 0.05)
 * @param governorLag        TG, governor valve servo time constant, s (Kundur table 11.1: 0.2 s)
 * @param steamChestLag      TCH, steam chest / HP inlet volume time constant, s (Kundur 9.1.2: 0.2 to 0.5 s)
 * @param reheaterLag        TRH, reheater time constant, s (Kundur 9.1.2: 5 to 10 s)
 * @param hpFraction         FHP, fraction of turbine power from the HP stage (Kundur 9.1.2: about 0.3)
 * @param windageLoss        turbine windage and friction at rated speed without steam, pu (the motoring power
 *                           that a reverse-power relay sees; 1 to 3 % for steam units, IEEE C37.102 4.5.3)
 * @param tieSynchronising   T, synchronising power coefficient of the tie line, pu/rad (Kundur 11.1.5)
 * @param damperTorque       KD, damper-winding torque against the stiff neighbour, pu/pu speed (Kundur 3.9)
 * @param ratedSteamFlow     main steam flow with the governor valve fully open at rated pressure, kg/s
 * @param ratedPressure      drum pressure at which the valve passes its rated flow, bar
 * @param enthalpyRise       heat absorbed per kg of steam, feedwater to main steam plus reheat, MJ/kg
 * @param storageCapacity    stored energy of drum, risers and metal per bar, MJ/bar (Åström and Bell,
 *                           Automatica 36 (2000) 1601, the e11 term: pressure dynamics)
 * @param maxFiring          heat to the water and steam at 100 % firing, MW
 * @param firingLag          fuel system and furnace time constant, s
 * @param maxFeedwater       feedwater flow at 100 % valve, kg/s
 * @param drumLevelMass      water mass per mm of drum level, kg/mm (drum of 36 m² surface at 590 kg/m³)
 * @param safetyValveSet     drum safety valve set pressure, bar
 * @param safetyValveGain    safety valve discharge per bar above its set pressure, kg/(s bar)
 * @param overspeedDamage    speed at which rotor and last-stage blades fail, pu (about 1.2: the design
 *                           overspeed of the rotor)
 */
public record PowerParameters(
        double ratedMw,
        double nominalHz,
        double inertiaH,
        double loadDamping,
        double droop,
        double governorLag,
        double steamChestLag,
        double reheaterLag,
        double hpFraction,
        double windageLoss,
        double tieSynchronising,
        double damperTorque,
        double ratedSteamFlow,
        double ratedPressure,
        double enthalpyRise,
        double storageCapacity,
        double maxFiring,
        double firingLag,
        double maxFeedwater,
        double drumLevelMass,
        double safetyValveSet,
        double safetyValveGain,
        double overspeedDamage) {

    public static PowerParameters standard(double nominalHz) {
        if (nominalHz != 50 && nominalHz != 60) {
            throw new IllegalArgumentException("grid frequency must be 50 or 60 Hz: " + nominalHz);
        }
        return new PowerParameters(500, nominalHz, 5, 1, 0.05,
                0.2, 0.3, 7, 0.3, 0.02,
                2, 20,
                420, 160, 2.8, 1000, 1300, 30,
                600, 21.2, 180, 50,
                1.2);
    }

    /** Rated speed of a two-pole turbine-generator, r/min. */
    public double ratedRpm() {
        return 60 * nominalHz;
    }

    /** Frequency bias B = (D + 1/R) on the MW/Hz scale: the area's natural response (Kundur 11.2.2). */
    public double frequencyBias() {
        return (loadDamping + 1 / droop) * ratedMw / nominalHz;
    }
}
