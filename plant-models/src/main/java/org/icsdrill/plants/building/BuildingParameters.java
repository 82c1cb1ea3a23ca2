package org.icsdrill.plants.building;

/**
 * A four-zone office floor (north, east, south, west; 400 m² each) with its air-handling unit, gas
 * boiler and chiller. Each zone is two lumped nodes, room air and building mass: the 5R1C network of
 * EN ISO 13790:2008 (section 12.2) with the air and surface nodes merged (2R2C). The mass is ISO 13790's
 * "medium" class (Table 12): Cm = 165 kJ/(m²K) of floor area (the classes span 80 to 370), Am = 2.5 Af
 * and the coupling Hms = 9.1 W/(m²K) x Am. An unheated zone then cools with a time constant
 * (Ca + Cm) / UA of about 49 h (offices: roughly 20 to 100 h).
 *
 * @param airCapacity        Ca, zone air and furniture (10 kJ/(m²K) x 400 m²), kJ/K
 * @param massCapacity       Cm, the building mass of the zone (165 kJ/(m²K) x 400 m², ISO 13790 "medium"), kJ/K
 * @param massCoupling       Hms, air to mass (9.1 W/(m²K) x 2.5 x 400 m²), kW/K
 * @param windowUa           Htr,w + infiltration, air to outside, kW/K
 * @param wallUa             Htr,em, opaque walls and roof, mass to outside, kW/K
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
        double airCapacity,
        double massCapacity,
        double massCoupling,
        double windowUa,
        double wallUa,
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
    /**
     * Emergency generator, from the loss of the site bus to carrying its loads, s: Japan's fire-service rule
     * for emergency generators, voltage established and switched in within 40 s (消防庁告示 自家発電設備の基準).
     */
    public static final double GENERATOR_START_SECONDS = 40;
    /** Its day tank, hours at load (design choice). */
    public static final double GENERATOR_FUEL_HOURS = 3;
    public static final BuildingParameters STANDARD = new BuildingParameters(
            4_000, 66_000, 9.1, 0.2, 0.2045, 6, 6, 1.006, 20, 60, 80, 60, 8_400, 150, 0.05, 3, 2, 6);

    /** The zone's steady-state loss to outside, kW/K: the windows beside the walls in series with the mass coupling. */
    public double envelopeUa() {
        return windowUa + wallUa * massCoupling / (wallUa + massCoupling);
    }

    /** The mass temperature, °C, in steady state with the room air at {@code air} and outside at {@code outside}. */
    public double steadyMass(double air, double outside) {
        return (massCoupling * air + wallUa * outside) / (massCoupling + wallUa);
    }

    /** Radiator output, kW, at valve opening v (0..1), water and room temperatures in °C. */
    public double radiator(double valve, double water, double room) {
        return radiatorMax * valve * Math.max(0, water - room) / (70 - 21);
    }

    /** Heating coil output, kW, at valve v (0..1), water and entering air in °C. */
    public double heatingCoil(double valve, double water, double air) {
        return heatingCoilMax * valve * Math.max(0, water - air) / 70;
    }
}
