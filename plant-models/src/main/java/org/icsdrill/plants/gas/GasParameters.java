package org.icsdrill.plants.gas;

/**
 * The equipment of the gas plant: compressor station K101, pipeline section PL1, pressure-regulating
 * station PRS1 and odorant injection ODR1. These are this simulator's design choices, picked so that
 * the design point (100,000 standard m³/h at nominal speed) sits mid-range on every instrument. The
 * valve and outlet coefficients are derived from the design point, so that it is an equilibrium by
 * construction. Pressures are absolute throughout.
 *
 * @param molarMass               natural gas, kg/mol (specific gravity about 0.6)
 * @param temperature             gas temperature, K: the pipeline is treated as isothermal at ground
 *                                temperature (Menon, Gas Pipeline Hydraulics, 2005, ch. 2)
 * @param pipelineZ               compressibility factor Z at line-pack pressure (about 46 bar), dimensionless
 * @param distributionZ           compressibility factor Z in the distribution network (about 5 bar)
 * @param suctionPressure         compressor suction, held by the transmission grid, bar
 * @param dischargePressure       compressor discharge header at the design point, bar
 * @param linePackPressure        pipeline (line-pack) pressure at the design point, bar
 * @param downstreamPressure      distribution pressure at the design point, bar
 * @param designFlow              design sendout, standard m³/h (15 °C, 1.01325 bar)
 * @param pipelineVolume          geometric volume of the pipeline section, m³ (20 km of DN600: 5,655 m³)
 * @param distributionVolume      geometric volume of the medium-pressure network downstream, m³
 * @param polytropicFactor        σ = (n-1)/n of the compression: κ = 1.3, polytropic efficiency 0.8
 * @param nominalFrequency        drive output frequency at the design point, Hz
 * @param maxFrequency            the drive's maximum output frequency, Hz
 * @param polePairs               motor pole pairs: shaft r/min = 60 f / pole pairs
 * @param driveRampRate           drive acceleration and deceleration ramp, Hz/s
 * @param coastDownRate           speed decay with the drive disabled (gas load and friction), Hz/s
 * @param recycleCapacity         anti-surge recycle flow with the valve fully open at the design discharge,
 *                                as a fraction of the design flow
 * @param recycleOpenRate         anti-surge valve opening speed, %/s (fast opening, as such valves are)
 * @param recycleCloseRate        anti-surge valve closing speed, %/s
 * @param regulatorDesignOpening  regulator opening at the design point, %
 * @param regulatorStrokeRate     regulator stroking speed, %/s
 * @param slamShutCloseRate       slam-shut closing speed, %/s (closes in well under a second)
 * @param slamShutOpenRate        slam-shut re-opening speed after a reset, %/s
 * @param reliefSetPressure       token relief valve lift pressure, bar (115 % of the set point)
 * @param reliefReseatPressure    relief reseat pressure, bar
 * @param reliefCapacity          relief flow at its set pressure, fraction of the design flow: a token
 *                                relief for creep past a closed regulator, not for a failed-open one
 * @param minimumServicePressure  below this the consumers' service regulators cannot hold, bar; their
 *                                draw falls linearly to zero at atmospheric pressure
 * @param damagePressure          distribution network overpressure that damages it (joints, meters,
 *                                service regulators), bar: 160 % of its set point
 * @param leakCapacity            leak flow through the damaged network at the damage pressure, fraction of
 *                                the design flow
 * @param odorantRatio            design odorant dose (THT), mg per standard m³
 * @param odorantPumpCapacity     odorant pump delivery at 100 % speed, mg/s
 * @param odorantPumpTime         odorant pump response, s
 * @param odorantAnalyserTime     transport and analyser lag of the odorant measurement, s
 * @param demandVariation         standard deviation of the random demand variation, fraction of demand
 * @param demandCorrelationTime   correlation time of the random demand variation, s
 * @param diurnalAmplitude        amplitude of the daily demand swing, fraction of the design flow
 */
public record GasParameters(
        double molarMass,
        double temperature,
        double pipelineZ,
        double distributionZ,
        double suctionPressure,
        double dischargePressure,
        double linePackPressure,
        double downstreamPressure,
        double designFlow,
        double pipelineVolume,
        double distributionVolume,
        double polytropicFactor,
        double nominalFrequency,
        double maxFrequency,
        double polePairs,
        double driveRampRate,
        double coastDownRate,
        double recycleCapacity,
        double recycleOpenRate,
        double recycleCloseRate,
        double regulatorDesignOpening,
        double regulatorStrokeRate,
        double slamShutCloseRate,
        double slamShutOpenRate,
        double reliefSetPressure,
        double reliefReseatPressure,
        double reliefCapacity,
        double minimumServicePressure,
        double damagePressure,
        double leakCapacity,
        double odorantRatio,
        double odorantPumpCapacity,
        double odorantPumpTime,
        double odorantAnalyserTime,
        double demandVariation,
        double demandCorrelationTime,
        double diurnalAmplitude) {

    /** Universal gas constant, J/(mol K). */
    public static final double UNIVERSAL_GAS_CONSTANT = 8.314462618;
    /** Standard reference conditions for gas volumes (ISO 13443): 15 °C, 1.01325 bar. */
    public static final double STANDARD_PRESSURE = 1.01325;
    public static final double STANDARD_TEMPERATURE = 288.15;
    /** Pascal per bar. */
    static final double PA_PER_BAR = 1e5;

    public static final GasParameters STANDARD = new GasParameters(
            0.0175, 288.15, 0.90, 0.99,
            30, 47, 46, 5,
            100_000, 5_655, 5_000,
            0.2885,
            1064, 1410, 4, 5, 15,
            1.2, 50, 5,
            50, 5, 200, 10,
            5.75, 5.5, 0.05, 2.0, 8.0, 1.0,
            15, 2 * 15 * 100_000 / 3600.0, 2, 60,
            0.02, 600, 0.10);

    public GasParameters {
        if (!(suctionPressure < linePackPressure && linePackPressure < dischargePressure)) {
            throw new IllegalArgumentException("need suction < line pack < discharge pressure");
        }
        if (!(reliefReseatPressure < reliefSetPressure && reliefSetPressure < damagePressure)) {
            throw new IllegalArgumentException("need relief reseat < relief set < damage pressure");
        }
        if (!(nominalFrequency < maxFrequency)) {
            throw new IllegalArgumentException("nominal frequency must be below the maximum");
        }
    }

    /** Specific gas constant R/M, J/(kg K). */
    public double specificGasConstant() {
        return UNIVERSAL_GAS_CONSTANT / molarMass;
    }

    /** Density at standard conditions, kg/m³ (ideal gas, Z = 1 at 1 bar). */
    public double standardDensity() {
        return STANDARD_PRESSURE * PA_PER_BAR / (specificGasConstant() * STANDARD_TEMPERATURE);
    }

    /** Design mass flow, kg/s. */
    public double designMassFlow() {
        return designFlow * standardDensity() / 3600;
    }

    /** Converts a mass flow in kg/s to standard m³/h. */
    public double toStandardFlow(double massFlow) {
        return massFlow * 3600 / standardDensity();
    }

    /**
     * Line-pack gain of the pipeline, bar/s per kg/s of imbalance: {@code dp/dt = Z R T / V (ṁin - ṁout)},
     * the isothermal lumped-volume mass balance (Menon 2005, ch. 8 "line pack"; Osiadacz, Simulation and
     * Analysis of Gas Networks, 1987).
     */
    public double pipelineGain() {
        return pipelineZ * specificGasConstant() * temperature / pipelineVolume / PA_PER_BAR;
    }

    /** Line-pack gain of the distribution network, bar/s per kg/s. */
    public double distributionGain() {
        return distributionZ * specificGasConstant() * temperature / distributionVolume / PA_PER_BAR;
    }

    /** Design pressure ratio of the compressor. */
    public double designPressureRatio() {
        return dischargePressure / suctionPressure;
    }

    /** Station outlet (after-cooler, check valve, piping) coefficient: ṁ = k sqrt(pd² - p1²), kg/(s bar). */
    public double stationOutletCoefficient() {
        return designMassFlow() / Math.sqrt(dischargePressure * dischargePressure - linePackPressure * linePackPressure);
    }

    /** Recycle valve coefficient for {@link GasValve#flow}, kg/(s bar) at full opening. */
    public double recycleCoefficient() {
        return recycleCapacity * designMassFlow() / GasValve.flowFunction(dischargePressure, suctionPressure);
    }

    /** Regulator coefficient for {@link GasValve#flow}, kg/(s bar) at full opening. */
    public double regulatorCoefficient() {
        return designMassFlow()
                / (regulatorDesignOpening / 100 * GasValve.flowFunction(linePackPressure, downstreamPressure));
    }

    public double reliefCoefficient() {
        return reliefCapacity * designMassFlow() / GasValve.flowFunction(reliefSetPressure, STANDARD_PRESSURE);
    }

    public double leakCoefficient() {
        return leakCapacity * designMassFlow() / GasValve.flowFunction(damagePressure, STANDARD_PRESSURE);
    }

    /** Shaft speed in r/min at a drive output frequency in Hz (synchronous, slip neglected). */
    public double shaftSpeed(double frequency) {
        return 60 * frequency / polePairs;
    }

    /** Odorant pump speed, %, that doses the design ratio at the design flow. */
    public double designOdorantPumpSpeed() {
        return 100 * odorantRatio * designFlow / 3600 / odorantPumpCapacity;
    }
}
