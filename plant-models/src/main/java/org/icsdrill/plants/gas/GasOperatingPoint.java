package org.icsdrill.plants.gas;

/**
 * The design steady state of the gas plant, where it starts: design sendout at nominal drive frequency,
 * recycle closed, regulator at its design opening, odorant dosed at the design ratio. It is an equilibrium
 * by construction ({@link GasParameters} derives the valve coefficients from it); the plant test checks it.
 *
 * @param suctionPressure    bar
 * @param dischargePressure  bar
 * @param linePackPressure   bar
 * @param downstreamPressure bar
 * @param frequency          drive output frequency, Hz
 * @param flow               compressor and station flow, standard m³/h
 * @param recycleValve       %
 * @param regulatorValve     %
 * @param odorantPump        %
 * @param odorant            odorant concentration, mg/m³ (standard)
 * @param surgeMargin        % of the surge flow at the same head
 * @param vibration          mm/s
 */
public record GasOperatingPoint(
        double suctionPressure,
        double dischargePressure,
        double linePackPressure,
        double downstreamPressure,
        double frequency,
        double flow,
        double recycleValve,
        double regulatorValve,
        double odorantPump,
        double odorant,
        double surgeMargin,
        double vibration) {

    public static final GasOperatingPoint DESIGN = of(GasParameters.STANDARD);

    public static GasOperatingPoint of(GasParameters p) {
        CompressorMap map = CompressorMap.of(p);
        return new GasOperatingPoint(p.suctionPressure(), p.dischargePressure(), p.linePackPressure(),
                p.downstreamPressure(), p.nominalFrequency(), p.designFlow(), 0, p.regulatorDesignOpening(),
                p.designOdorantPumpSpeed(), p.odorantRatio(), map.surgeMargin(1, 1), RotorModel.vibration(1));
    }

    /** Shaft speed at the design point, r/min. */
    public double shaftSpeed() {
        return GasParameters.STANDARD.shaftSpeed(frequency);
    }
}
