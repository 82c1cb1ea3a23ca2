package org.icsdrill.plants.gas;

import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.icsdrill.core.control.FirstOrderLag;
import org.icsdrill.core.control.RateLimiter;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.PlantCalendar;
import org.icsdrill.core.plant.ProcessIo;
import org.icsdrill.core.tag.TagKey;

/**
 * The true state of the gas plant. Two lumped line-pack volumes, isothermal ideal gas with a constant
 * compressibility factor (Menon, Gas Pipeline Hydraulics, ch. 8; Osiadacz 1987):
 * <pre>
 *   dp1/dt = Z1 R T / V1 (ṁstation - ṁregulator)                      pipeline PL1
 *   dp2/dt = Z2 R T / V2 (ṁregulator - ṁdemand - ṁrelief - ṁleak)     distribution network
 * </pre>
 * The compressor's discharge header is small, so it is solved as an algebraic balance each tick:
 * the compressor flow q on its speed line ({@link CompressorMap}) equals the recycle flow back to suction
 * plus the station outlet flow {@code k sqrt(pd² - p1²)} (general flow equation form, Menon ch. 2; zero
 * through the check valve when pd < p1). The largest root is the operating point; if it lies left of the
 * speed line's peak the compressor is in surge and the root is the time average of the surge cycle.
 *
 * <p>The time constants of the pressures are minutes to hours against a 0.1 s tick, and the fast parts
 * (discharge header, compressor) are algebraic, so an explicit Euler step per tick is accurate; no
 * higher-order integrator is needed.
 *
 * <p>Consequences: rotor fatigue ({@link RotorModel}) reaching D = 1 fails the compressor (it stops
 * delivering, vibration jumps); distribution pressure reaching {@link GasParameters#damagePressure()}
 * damages the network, which then leaks.
 */
final class GasProcess implements PhysicalProcess {

    /** Below this fraction of nominal speed the compressor is idling: no surge cycles, no fatigue worth counting. */
    private static final double IDLE_SPEED = 0.3;
    private static final int SCAN_POINTS = 48;
    private static final int MAX_EVALUATIONS = 200;
    /** Half-width of the bracket tried first around the last operating point, as a fraction of its flow. */
    private static final double NEAR = 1e-3;
    private static final double VIBRATION_TIME_CONSTANT = 2;

    private final GasParameters p;
    private final CompressorMap map;
    private final DemandProfile demand;
    private final double designSuctionMassFlow;
    private final RateLimiter recycleValve;
    private final RateLimiter regulatorValve;
    private final RateLimiter slamShut;
    private final FirstOrderLag odorantPump;
    private final FirstOrderLag odorantAnalyser;
    private final FirstOrderLag vibration;
    /** Normalised flow to 1e-13: far below anything a tick or an instrument resolves. */
    private final BrentSolver rootFinder = new BrentSolver(1e-13, 1e-13);
    /** The last operating point right of surge (normalised flow), where the next is looked for first. */
    private double lastRoot;

    private double frequency;
    private double linePack;
    private double downstream;
    private double discharge;
    private double compressorFlow;
    private double stationFlow;
    private double regulatorFlow;
    private boolean surge;
    private boolean reliefOpen;
    private int reliefLifts;
    private double fatigue;
    private double secondsAboveNominal;
    private String compressorDamage;
    private String networkDamage;

    GasProcess(GasParameters p, GasOperatingPoint start, long demandSeed, PlantCalendar calendar) {
        this.p = p;
        this.map = CompressorMap.of(p);
        this.demand = new DemandProfile(p, demandSeed, calendar);
        this.designSuctionMassFlow = p.designMassFlow();
        this.frequency = start.frequency();
        this.linePack = start.linePackPressure();
        this.downstream = start.downstreamPressure();
        this.recycleValve = new RateLimiter(p.recycleOpenRate(), p.recycleCloseRate(), start.recycleValve());
        this.regulatorValve = RateLimiter.symmetric(p.regulatorStrokeRate(), start.regulatorValve());
        this.slamShut = new RateLimiter(p.slamShutOpenRate(), p.slamShutCloseRate(), 100);
        this.odorantPump = new FirstOrderLag(p.odorantPumpTime(), start.odorantPump());
        this.odorantAnalyser = new FirstOrderLag(p.odorantAnalyserTime(), start.odorant());
        this.vibration = new FirstOrderLag(VIBRATION_TIME_CONSTANT, start.vibration());
        solveFlows();
    }

    @Override
    public void advance(double dt, ProcessIo io) {
        moveActuators(dt, io);
        double draw = demand.advance(dt) * serviceFraction(downstream);
        solveFlows();
        double relief = reliefFlow();
        double leak = networkDamage == null ? 0 : GasValve.flow(p.leakCoefficient(), 1, downstream,
                GasParameters.STANDARD_PRESSURE);
        linePack += p.pipelineGain() * (stationFlow - regulatorFlow) * dt;
        downstream += p.distributionGain() * (regulatorFlow - draw - relief - leak) * dt;
        linePack = Math.max(GasParameters.STANDARD_PRESSURE, linePack);
        downstream = Math.max(GasParameters.STANDARD_PRESSURE, downstream);
        solveFlows();
        dose(dt);
        rotor(dt);
        checkNetwork();
    }

    private void moveActuators(double dt, ProcessIo io) {
        boolean permitted = io.isOn(GasTag.SIS_XS201);
        double command = permitted ? Math.min(p.maxFrequency(), Math.max(0, io.get(GasTag.K101_SC101))) : 0;
        double rate = permitted ? p.driveRampRate() : p.coastDownRate();
        frequency += Math.max(-rate * dt, Math.min(rate * dt, command - frequency));
        recycleValve.update(io.get(GasTag.K101_FV101), dt);
        regulatorValve.update(io.get(GasTag.PRS1_PV301), dt);
        slamShut.update(io.isOn(GasTag.SIS_XV301) ? 100 : 0, dt);
        odorantPump.update(io.get(GasTag.ODR1_P401), dt);
    }

    /** Consumers' service regulators hold their draw down to the minimum service pressure, then lose it. */
    private double serviceFraction(double pressure) {
        double f = (pressure - GasParameters.STANDARD_PRESSURE) / (p.minimumServicePressure() - GasParameters.STANDARD_PRESSURE);
        return Math.max(0, Math.min(1, f));
    }

    private double speed() {
        return compressorDamage != null ? 0 : frequency / p.nominalFrequency();
    }

    /** Solves the discharge header balance for the compressor's operating point, then the valve flows. */
    private void solveFlows() {
        double n = speed();
        double q = n <= 0 ? 0 : largestRoot(n);
        double h = map.head(q, n);
        discharge = n <= 0 ? Math.min(linePack, p.suctionPressure()) : p.suctionPressure() * map.pressureRatio(h);
        compressorFlow = massFlow(q);
        stationFlow = outletFlow(discharge);
        surge = n > IDLE_SPEED && q < map.surgeFlow(n);
        regulatorFlow = GasValve.flow(p.regulatorCoefficient(),
                regulatorValve.value() / 100 * slamShut.value() / 100, linePack, downstream);
    }

    private double massFlow(double q) {
        return q * designSuctionMassFlow; // suction pressure is held, so suction density is the design density
    }

    private double outletFlow(double dischargePressure) {
        double d2 = dischargePressure * dischargePressure - linePack * linePack;
        return d2 <= 0 ? 0 : p.stationOutletCoefficient() * Math.sqrt(d2);
    }

    private double imbalance(double q, double n) {
        double pd = p.suctionPressure() * map.pressureRatio(map.head(q, n));
        double recycle = GasValve.flow(p.recycleCoefficient(), recycleValve.value() / 100, pd, p.suctionPressure());
        return massFlow(q) - recycle - outletFlow(pd);
    }

    /**
     * The largest flow at which the header balances. Right of the surge flow the imbalance rises strictly
     * with q (more compressor flow, less head, so less recycle and outlet flow), so a root there is the
     * only one and the largest; left of it (surge) scan down from the peak, then refine with Brent's method.
     */
    private double largestRoot(double n) {
        double top = map.zeroHeadFlow(n);
        double peak = map.surgeFlow(n);
        // the operating point moves little in half a tick: a narrow bracket around the last one, where it holds
        double near = lastRoot * NEAR;
        double a = Math.max(peak, lastRoot - near);
        double b = Math.min(top, lastRoot + near);
        if (a < b && imbalance(a, n) <= 0 && imbalance(b, n) > 0) {
            return remember(root(a, b, n));
        }
        if (imbalance(top, n) <= 0) {
            return top;
        }
        if (peak < top && imbalance(peak, n) <= 0) {
            return remember(root(peak, top, n));
        }
        double hi = Math.min(peak, top);
        for (int i = SCAN_POINTS - 1; i >= 0; i--) {
            double lo = top * i / SCAN_POINTS;
            if (lo >= hi) {
                continue;
            }
            if (imbalance(lo, n) <= 0) {
                return root(lo, hi, n);
            }
            hi = lo;
        }
        return 0;
    }

    private double remember(double root) {
        lastRoot = root;
        return root;
    }

    /** The root between {@code lo} (imbalance at most 0) and {@code hi} (above 0). */
    private double root(double lo, double hi, double n) {
        return rootFinder.solve(MAX_EVALUATIONS, q -> imbalance(q, n), lo, hi);
    }

    private double reliefFlow() {
        if (reliefOpen && downstream <= p.reliefReseatPressure()) {
            reliefOpen = false;
        } else if (!reliefOpen && downstream >= p.reliefSetPressure()) {
            reliefOpen = true;
            reliefLifts++;
        }
        return reliefOpen ? GasValve.flow(p.reliefCoefficient(), 1, downstream, GasParameters.STANDARD_PRESSURE) : 0;
    }

    private void dose(double dt) {
        double injected = p.odorantPumpCapacity() * odorantPump.value() / 100; // mg/s
        double sendout = p.toStandardFlow(regulatorFlow) / 3600; // standard m³/s
        if (sendout > 1e-3) {
            odorantAnalyser.update(injected / sendout, dt);
        } // with no flow the analyser keeps sampling the same stagnant gas
    }

    private void rotor(double dt) {
        double n = speed();
        double target = compressorDamage != null ? RotorModel.FAILED_VIBRATION
                : RotorModel.vibration(n) + (surge ? RotorModel.surgeVibration(n) : 0);
        vibration.update(target, dt);
        if (compressorDamage != null) {
            return;
        }
        if (n > 1) {
            secondsAboveNominal += dt;
        }
        double revolutionsPerSecond = frequency / p.polePairs();
        fatigue += RotorModel.damageRate(revolutionsPerSecond, vibration.value(), n) * dt;
        if (fatigue >= 1) {
            compressorDamage = String.format(Locale.ROOT,
                    "compressor K101 rotor failed by fatigue (Miner sum %.2f) at %.0f Hz, %.1f mm/s;"
                            + " %.0f s above nominal speed",
                    fatigue, frequency, vibration.value(), secondsAboveNominal);
        }
    }

    private void checkNetwork() {
        if (networkDamage == null && downstream >= p.damagePressure()) {
            networkDamage = String.format(Locale.ROOT,
                    "distribution network damaged by overpressure: %.2f bar (limit %.2f bar);"
                            + " the relief valve had lifted %d time(s)",
                    downstream, p.damagePressure(), reliefLifts);
        }
    }

    @Override
    public double trueValue(TagKey fieldTag) {
        if (!(fieldTag instanceof GasTag tag)) {
            throw new IllegalArgumentException("not a gas plant tag: " + fieldTag.def().name());
        }
        return switch (tag) {
            case K101_PT101 -> p.suctionPressure();
            case K101_PT102 -> discharge;
            case K101_FT101 -> p.toStandardFlow(compressorFlow);
            case K101_ST101, SIS_ST201 -> p.shaftSpeed(frequency);
            case K101_VT101, SIS_VT201 -> vibration.value();
            case K101_FATIGUE -> fatigue;
            case K101_XA101 -> surge ? 1 : 0;
            case K101_XS101 -> compressorDamage != null ? 1 : 0;
            case PL1_PT201 -> linePack;
            case PRS1_PT301, SIS_PT302 -> downstream;
            case PRS1_FT301 -> p.toStandardFlow(regulatorFlow);
            case PRS1_PSV301 -> reliefOpen ? 1 : 0;
            case PRS1_XS301 -> networkDamage != null ? 1 : 0;
            case ODR1_AT401 -> odorantAnalyser.value();
            default -> throw new IllegalArgumentException(tag.def().name() + " is not a field signal");
        };
    }

    @Override
    public Optional<String> damage() {
        if (compressorDamage != null && networkDamage != null) {
            return Optional.of(compressorDamage + "; " + networkDamage);
        }
        return Optional.ofNullable(compressorDamage != null ? compressorDamage : networkDamage);
    }
}
