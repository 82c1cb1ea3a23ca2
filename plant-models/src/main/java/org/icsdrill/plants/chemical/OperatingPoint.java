package org.icsdrill.plants.chemical;

/**
 * The design steady state: the book's operating point (T = 350 K, V = 100 L, q = 100 L/min) and the
 * actuator positions and pad gas that hold it with this plant's equipment. The plant starts here.
 *
 * @param concentration      cA, mol/L
 * @param temperature        T, K
 * @param jacketTemperature  Tj, the book's Tc, K
 * @param volume             liquid volume, L
 * @param padGas             nitrogen in the head space, mol
 * @param coolantValve       coolant valve opening, %
 * @param pumpSpeed          feed pump speed, %
 * @param outletValve        outlet valve opening, %
 * @param pressure           vessel pressure, kPa absolute
 */
public record OperatingPoint(
        double concentration,
        double temperature,
        double jacketTemperature,
        double volume,
        double padGas,
        double coolantValve,
        double pumpSpeed,
        double outletValve,
        double pressure) {

    /** Gas constant in L kPa/(mol K). */
    static final double GAS_CONSTANT = 8.314462618;

    public static final OperatingPoint DESIGN = of(CstrParameters.SEBORG, EquipmentParameters.STANDARD, 350);

    /**
     * Solves the balances for the steady state at temperature T: cA and Tc from the book's equations,
     * then the coolant flow from the jacket balance {@code Fc ρw Cw (Tj - Tcin) = UA (T - Tj)}.
     */
    public static OperatingPoint of(CstrParameters cstr, EquipmentParameters equipment, double temperature) {
        double cA = cstr.steadyConcentration(temperature);
        double tj = cstr.steadyCoolantTemperature(temperature);
        double coolantFlow = cstr.ua() * (temperature - tj)
                / (equipment.coolantVolumetricHeatCapacity() * (tj - equipment.coolantSupplyTemperature()));
        double volume = cstr.volume();
        double gasVolume = equipment.tankVolume() - volume;
        double padPartial = equipment.padPressure() - Antoine.WATER.kilopascal(temperature);
        double padGas = padPartial * gasVolume / (GAS_CONSTANT * temperature);
        double outletValve = 100 * cstr.flow()
                / (equipment.outletMaxFlow() * Math.sqrt(volume / equipment.outletReferenceVolume()));
        return new OperatingPoint(cA, temperature, tj, volume, padGas,
                100 * coolantFlow / equipment.coolantMaxFlow(),
                100 * cstr.flow() / equipment.feedMaxFlow(),
                outletValve,
                equipment.padPressure());
    }

    /** Level in % of the vessel volume. */
    public double level() {
        return 100 * volume / EquipmentParameters.STANDARD.tankVolume();
    }
}
