package org.icsdrill.plants.building;

/**
 * The steady state the plant starts in at a given outside temperature, with the zones at 21 °C and the
 * heating water at 70 °C. Occupied: supply air at 18 °C, fan at 70 %, outside air damper at 30 %, people
 * in. Unoccupied: the AHU stopped (fan off, damper shut, supply air at room temperature), nobody in.
 * Solved from the zone, mass, coil and boiler balances of {@link BuildingProcess}; valves that the balance
 * would drive past their travel (a mild day needs no heating) stop at it.
 */
public record OperatingPoint(double outside, double zone, double supplyAir, double water, double fan,
                             double outsideAirDamper, double radiatorValve, double heatingCoilValve,
                             double firing) {

    public static final double DESIGN_OUTSIDE = 6;
    public static final OperatingPoint DESIGN = of(BuildingParameters.STANDARD, DESIGN_OUTSIDE);

    /** Occupied. */
    public static OperatingPoint of(BuildingParameters p, double outside) {
        return of(p, outside, true);
    }

    public static OperatingPoint of(BuildingParameters p, double outside, boolean occupied) {
        double zone = 21;
        double water = 70;
        double fan = occupied ? 70 : 0;
        double damper = occupied ? 30 : 0;
        double supply = occupied ? 18 : zone;
        double flow = p.maxAirflow() * fan / 100;
        double mixed = damper / 100 * outside + (1 - damper / 100) * zone;
        double coilValve = occupied ? percent(flow * p.airCp() * (supply - mixed) / p.heatingCoil(1, water, mixed)) : 0;
        double coil = p.heatingCoil(coilValve / 100, water, mixed);
        double radiatorValve = percent((p.envelopeUa() * (zone - outside) - (occupied ? p.occupiedGain() : 0)
                + flow / BuildingParameters.ZONES * p.airCp() * (zone - supply)) / p.radiator(1, water, zone));
        double radiator = p.radiator(radiatorValve / 100, water, zone);
        double boiler = BuildingParameters.ZONES * radiator + coil + p.boilerLossUa() * (water - 20);
        return new OperatingPoint(outside, zone, supply, water, fan, damper, radiatorValve, coilValve,
                percent(boiler / p.boilerMax()));
    }

    private static double percent(double fraction) {
        return 100 * Math.max(0, Math.min(1, fraction));
    }
}
