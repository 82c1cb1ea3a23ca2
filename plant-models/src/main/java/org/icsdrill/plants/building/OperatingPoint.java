package org.icsdrill.plants.building;

/**
 * The occupied steady state at a given outside temperature: zones at 21 °C, supply air at 18 °C, fan at
 * 70 %, outside air damper at 30 %, heating water at 70 °C, chiller off. Solved from the zone, coil and
 * boiler balances of {@link BuildingProcess}; the plant starts here.
 */
public record OperatingPoint(double outside, double zone, double supplyAir, double water, double fan,
                             double outsideAirDamper, double radiatorValve, double heatingCoilValve,
                             double firing) {

    public static final double DESIGN_OUTSIDE = 6;
    public static final OperatingPoint DESIGN = of(BuildingParameters.STANDARD, DESIGN_OUTSIDE);

    public static OperatingPoint of(BuildingParameters p, double outside) {
        double zone = 21;
        double supply = 18;
        double water = 70;
        double fan = 70;
        double damper = 30;
        double flow = p.maxAirflow() * fan / 100;
        double mixed = damper / 100 * outside + (1 - damper / 100) * zone;
        double coil = flow * p.airCp() * (supply - mixed);
        double coilValve = coil / p.heatingCoil(1, water, mixed);
        double radiator = p.envelopeUa() * (zone - outside) - p.occupiedGain()
                + flow / BuildingParameters.ZONES * p.airCp() * (zone - supply);
        double radiatorValve = radiator / p.radiator(1, water, zone);
        double boiler = BuildingParameters.ZONES * radiator + coil + p.boilerLossUa() * (water - 20);
        return new OperatingPoint(outside, zone, supply, water, fan, damper, 100 * radiatorValve,
                100 * coilValve, 100 * boiler / p.boilerMax());
    }
}
