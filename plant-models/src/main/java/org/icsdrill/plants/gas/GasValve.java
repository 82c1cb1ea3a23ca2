package org.icsdrill.plants.gas;

/**
 * Compressible flow through a valve or restriction, the shape used for every gas valve in the plant.
 * Choked (critical) below a pressure ratio of one half, where the flow no longer depends on the
 * downstream pressure; subcritical above it, on the ellipse {@code 2 sqrt(r (1 - r))} that joins the
 * choked value smoothly at r = 0.5 and falls to zero at r = 1 (the usual simplification of the
 * IEC 60534-2-1 expansion-factor method for simulation).
 */
final class GasValve {

    private static final double CRITICAL_RATIO = 0.5;

    private GasValve() {
    }

    /** The pressure-dependent part of the flow, bar: upstream pressure times the flow function of the ratio. */
    static double flowFunction(double upstream, double downstream) {
        if (upstream <= downstream || upstream <= 0) {
            return 0;
        }
        double r = downstream / upstream;
        return r <= CRITICAL_RATIO ? upstream : upstream * 2 * Math.sqrt(r * (1 - r));
    }

    /**
     * Mass flow, kg/s, from upstream to downstream; zero if the pressures are reversed (the valves in this
     * plant all sit behind check valves or vent to atmosphere).
     *
     * @param coefficient kg/(s bar) at full opening
     * @param opening     0 to 1
     */
    static double flow(double coefficient, double opening, double upstream, double downstream) {
        return coefficient * Math.max(0, opening) * flowFunction(upstream, downstream);
    }
}
