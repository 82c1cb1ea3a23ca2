package org.icsdrill.plants.building;

/**
 * A four-zone office floor (north, east, south, west; 400 m² each) with its air-handling unit, gas
 * boiler and chiller. Each zone is one lumped RC node (ASHRAE Handbook Fundamentals 2021, ch. 19,
 * lumped-capacitance models; ISO 13790 5R1C simplified to 1R1C).
 *
 * @param zoneCapacity       C, zone air, furniture and light structure, kJ/K
 * @param envelopeUa         UA = 1/R, walls, windows and infiltration, kW/K
 * @param occupiedGain       people, lights and equipment while occupied (15 W/m²), kW per zone
 * @param maxAirflow         supply fan flow at 100 % speed, kg/s (flow ∝ speed, fan law)
 * @param airCp              cp of air, kJ/(kg K)
 * @param radiatorMax        radiator output at 100 % valve with water at 70 °C and room at 21 °C, kW
 * @param heatingCoilMax     heating coil output at 100 % valve, 70 °C water, 0 °C air, kW
 * @param coolingCoilMax     cooling coil output at 100 % valve with the chiller running, kW
 * @param coilLag            coil and supply duct time constant, s
 * @param boilerCapacity     boiler and heating loop water, kJ/K (2 m³)
 * @param boilerMax          burner output at 100 % firing, kW
 * @param boilerLossUa       loop losses to the plant room (20 °C), kW/K
 * @param freezeLimit        zone temperature below which pipes at the outside walls freeze, °C
 * @param freezeHours        hours below that limit after which they have burst
 * @param maxStartsPerHour   chiller compressor starts allowed in any 60 min (manufacturers give 4 to 6)
 */
public record BuildingParameters(
        double zoneCapacity,
        double envelopeUa,
        double occupiedGain,
        double maxAirflow,
        double airCp,
        double radiatorMax,
        double heatingCoilMax,
        double coolingCoilMax,
        double coilLag,
        double boilerCapacity,
        double boilerMax,
        double boilerLossUa,
        double freezeLimit,
        double freezeHours,
        int maxStartsPerHour) {

    public static final int ZONES = 4;
    public static final BuildingParameters STANDARD = new BuildingParameters(
            10_000, 0.4, 6, 6, 1.006, 20, 60, 80, 60, 8_400, 150, 0.05, 3, 2, 6);

    /** Radiator output, kW, at valve opening v (0..1), water and room temperatures in °C. */
    public double radiator(double valve, double water, double room) {
        return radiatorMax * valve * Math.max(0, water - room) / (70 - 21);
    }

    /** Heating coil output, kW, at valve v (0..1), water and entering air in °C. */
    public double heatingCoil(double valve, double water, double air) {
        return heatingCoilMax * valve * Math.max(0, water - air) / 70;
    }
}
