package org.icsdrill.plants.gas;

import static org.icsdrill.plants.gas.GasTag.K101_FT101;
import static org.icsdrill.plants.gas.GasTag.K101_FV101;
import static org.icsdrill.plants.gas.GasTag.K101_PIC201_AUTO;
import static org.icsdrill.plants.gas.GasTag.K101_PIC201_SP;
import static org.icsdrill.plants.gas.GasTag.K101_PT101;
import static org.icsdrill.plants.gas.GasTag.K101_PT102;
import static org.icsdrill.plants.gas.GasTag.K101_SC101;
import static org.icsdrill.plants.gas.GasTag.K101_ST101;
import static org.icsdrill.plants.gas.GasTag.K101_UIC101_AUTO;
import static org.icsdrill.plants.gas.GasTag.K101_UIC101_SP;
import static org.icsdrill.plants.gas.GasTag.K101_UY101;
import static org.icsdrill.plants.gas.GasTag.ODR1_FFIC401_AUTO;
import static org.icsdrill.plants.gas.GasTag.ODR1_FFIC401_SP;
import static org.icsdrill.plants.gas.GasTag.ODR1_P401;
import static org.icsdrill.plants.gas.GasTag.PL1_PT201;
import static org.icsdrill.plants.gas.GasTag.PRS1_FT301;
import static org.icsdrill.plants.gas.GasTag.PRS1_PIC301_AUTO;
import static org.icsdrill.plants.gas.GasTag.PRS1_PIC301_SP;
import static org.icsdrill.plants.gas.GasTag.PRS1_PT301;
import static org.icsdrill.plants.gas.GasTag.PRS1_PV301;
import static org.icsdrill.plants.gas.GasTag.SIS_XS201;
import static org.icsdrill.plants.gas.GasTag.SIS_XV301;

import org.icsdrill.core.control.Pid;
import org.icsdrill.core.control.PidLoop;
import org.icsdrill.core.control.PidTuning;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;

/**
 * The gas plant's basic process control program:
 * <ul>
 *   <li>PIC201: line-pack pressure PL1.PT201 on the drive frequency K101.SC101, reverse acting, limited in
 *       auto to {@link #MIN_AUTO_FREQUENCY}..{@link #MAX_AUTO_FREQUENCY}. In manual the operator's frequency
 *       goes to the drive as written, up to the drive's own maximum of 1410 Hz (the Stuxnet path).</li>
 *   <li>UIC101: anti-surge. The surge margin K101.UY101 is computed from the measured pressure ratio and
 *       flow with the vendor's map (surge line in head-flow coordinates, independent of speed); a PI loop
 *       opens the recycle valve K101.FV101 to hold the control line, and below the surge line itself the
 *       valve is stepped fully open at once (the usual "recycle trip line").</li>
 *   <li>PIC301: distribution pressure on the regulator PRS1.PV301, reverse acting.</li>
 *   <li>FFIC401: odorant pump speed in ratio to the measured sendout flow (feed-forward).</li>
 * </ul>
 * Interlocks: with the compressor tripped by the SIS the drive set point is held at zero and the recycle
 * valve fully open (also whenever the shaft turns below half speed); with the slam-shut closed the regulator is held shut and the odorant pump stopped. The
 * loops track the forced outputs, so that they resume bumplessly after a reset.
 */
public final class GasPlc implements ControlProgram {

    /** Anti-surge control line, % surge margin. */
    public static final double CONTROL_LINE_MARGIN = 10;
    /** Drive frequency range the pressure controller may use, Hz (70 % and 108 % of nominal). */
    public static final double MIN_AUTO_FREQUENCY = 745;
    public static final double MAX_AUTO_FREQUENCY = 1150;
    /**
     * Shaft speed below which the compressor counts as stopped, r/min (half of nominal): the map-based
     * margin means nothing there, so the recycle valve is held open, as for a start-up.
     */
    static final double RUNNING_SPEED = 7_980;

    /**
     * Line pack is an integrating process: about 1.4e-5 bar/s per Hz of drive frequency at the design
     * point. SIMC tuning for an integrator (Skogestad 2003) with a closed-loop time constant of 400 s.
     */
    static final PidTuning PRESSURE_TUNING = PidTuning.pi(180, 1600);
    /** Anti-surge: fast PI on the margin, % valve per % margin. */
    static final PidTuning ANTI_SURGE_TUNING = PidTuning.pi(2, 5);
    /**
     * Distribution pressure: integrating, about 1e-4 bar/s per % regulator opening; SIMC with a 60 s
     * closed-loop time constant.
     */
    static final PidTuning REGULATOR_TUNING = PidTuning.pi(160, 240);

    private final CompressorMap map;
    private final GasParameters parameters;
    private final PidLoop pressure = new PidLoop(
            new Pid(PRESSURE_TUNING, Pid.Action.REVERSE, MIN_AUTO_FREQUENCY, MAX_AUTO_FREQUENCY),
            PL1_PT201, K101_PIC201_SP, K101_SC101, K101_PIC201_AUTO);
    private final PidLoop antiSurge = new PidLoop(new Pid(ANTI_SURGE_TUNING, Pid.Action.REVERSE, 0, 100),
            K101_UY101, K101_UIC101_SP, K101_FV101, K101_UIC101_AUTO);
    private final PidLoop regulator = new PidLoop(new Pid(REGULATOR_TUNING, Pid.Action.REVERSE, 0, 100),
            PRS1_PT301, PRS1_PIC301_SP, PRS1_PV301, PRS1_PIC301_AUTO);

    public GasPlc() {
        this(GasParameters.STANDARD);
    }

    GasPlc(GasParameters parameters) {
        this.parameters = parameters;
        this.map = CompressorMap.of(parameters);
    }

    @Override
    public String name() {
        return "gas PLC (golden)";
    }

    @Override
    public void start(ControllerMemory memory) {
        memory.set(K101_UY101, surgeMargin(memory));
        pressure.start(memory);
        antiSurge.start(memory);
        regulator.start(memory);
    }

    @Override
    public void scan(ControllerMemory memory, double dt) {
        boolean compressorTripped = !memory.isOn(SIS_XS201);
        boolean slamShut = !memory.isOn(SIS_XV301);
        double margin = surgeMargin(memory);
        memory.set(K101_UY101, margin);

        Pid speed = pressure.pid();
        if (compressorTripped) {
            speed.track(memory.get(K101_PIC201_SP), memory.get(PL1_PT201), memory.get(K101_SC101), dt);
            memory.set(K101_SC101, 0);
        } else if (memory.isOn(K101_PIC201_AUTO)) {
            pressure.scan(memory, dt);
        } else {
            // Manual: the operator's frequency goes to the drive unclamped; the controller only tracks it.
            speed.track(memory.get(K101_PIC201_SP), memory.get(PL1_PT201), memory.get(K101_SC101), dt);
        }

        boolean running = memory.get(K101_ST101) >= RUNNING_SPEED;
        if (compressorTripped || !running || (memory.isOn(K101_UIC101_AUTO) && margin < 0)) {
            antiSurge.force(memory, 100, dt);
        } else {
            antiSurge.scan(memory, dt);
        }

        if (slamShut) {
            regulator.force(memory, 0, dt);
        } else {
            regulator.scan(memory, dt);
        }

        if (slamShut) {
            memory.set(ODR1_P401, 0);
        } else if (memory.isOn(ODR1_FFIC401_AUTO)) {
            double dose = memory.get(ODR1_FFIC401_SP) * memory.get(PRS1_FT301) / 3600; // mg/s
            memory.set(ODR1_P401, Math.max(0, Math.min(100, 100 * dose / parameters.odorantPumpCapacity())));
        }
    }

    /**
     * Surge margin, %, from the PLC's measurements and the vendor's compressor map. Below the running speed
     * there is no head to surge against and the map's margin would be computed from noise (it flipped between
     * -100 % and +100 %): the controller reports 100 %, the map's value at zero head.
     */
    double surgeMargin(ControllerMemory memory) {
        double suction = memory.get(K101_PT101);
        if (memory.get(K101_ST101) < RUNNING_SPEED) {
            return 100;
        }
        if (suction <= 0) {
            return 0;
        }
        double h = map.headForPressureRatio(memory.get(K101_PT102) / suction);
        double massFlow = memory.get(K101_FT101) * parameters.standardDensity() / 3600;
        // Actual suction volume flow over its design value: mass flow over design, times design over actual density.
        double q = massFlow / parameters.designMassFlow() * parameters.suctionPressure() / suction;
        return Math.max(-100, Math.min(300, map.surgeMargin(q, h)));
    }
}
