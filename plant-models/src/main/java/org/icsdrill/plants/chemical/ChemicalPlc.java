package org.icsdrill.plants.chemical;

import static org.icsdrill.plants.chemical.ChemicalTag.FIC101_AUTO;
import static org.icsdrill.plants.chemical.ChemicalTag.FIC101_SP;
import static org.icsdrill.plants.chemical.ChemicalTag.FT101;
import static org.icsdrill.plants.chemical.ChemicalTag.LIC101_AUTO;
import static org.icsdrill.plants.chemical.ChemicalTag.LIC101_SP;
import static org.icsdrill.plants.chemical.ChemicalTag.LT101;
import static org.icsdrill.plants.chemical.ChemicalTag.LV101;
import static org.icsdrill.plants.chemical.ChemicalTag.P101_SPD;
import static org.icsdrill.plants.chemical.ChemicalTag.SIS_TRIP;
import static org.icsdrill.plants.chemical.ChemicalTag.TIC101_AUTO;
import static org.icsdrill.plants.chemical.ChemicalTag.TIC101_KP;
import static org.icsdrill.plants.chemical.ChemicalTag.TIC101_SP;
import static org.icsdrill.plants.chemical.ChemicalTag.TIC101_TD;
import static org.icsdrill.plants.chemical.ChemicalTag.TIC101_TI;
import static org.icsdrill.plants.chemical.ChemicalTag.TT101;
import static org.icsdrill.plants.chemical.ChemicalTag.TV101;

import org.icsdrill.core.control.Pid;
import org.icsdrill.core.control.PidLoop;
import org.icsdrill.core.control.PidTuning;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;

/**
 * The reactor's basic process control program:
 * <ul>
 *   <li>TIC101: reactor temperature on the coolant valve, direct acting (hotter opens the valve; the
 *       valve is air-to-open), I-PD: proportional and derivative act on the measurement, so a set-point
 *       step moves the valve only through the integral (Åström and Hägglund, Advanced PID Control, 2006,
 *       3.4, set-point weight b = 0). Tuned from the engineer's KP, TI, TD tags every scan.</li>
 *   <li>LIC101: level on the outlet valve, direct acting.</li>
 *   <li>FIC101: feed flow on the pump speed, reverse acting; held at zero speed while the SIS is
 *       tripped (interlock), tracking so that it ramps up bumplessly after a reset.</li>
 * </ul>
 * The reactor is open-loop unstable at its operating point, so TIC101 must act to hold it at all:
 * in manual the temperature drifts away from 350 K within minutes.
 */
public final class ChemicalPlc implements ControlProgram {

    /**
     * Temperature loop tuning, found by simulation: holds 350 K within 0.1 K with 0.05 K sensor noise
     * (valve jitter about 3 %). With I-PD a 5 K set-point step comes in through the integral, without
     * overshoot, within 0.5 K in about five minutes, and leaves the coolant valve open even at 120 L/min
     * feed (ChemicalPlantTest). Derivative action is needed against load disturbances; a heavy
     * derivative filter (N = 2) keeps the valve quiet.
     */
    public static final PidTuning TEMPERATURE_TUNING = new PidTuning(20, 150, 10, 2);
    static final PidTuning LEVEL_TUNING = PidTuning.pi(2, 300);
    static final PidTuning FEED_TUNING = PidTuning.pi(0.2, 2);

    private final PidLoop temperature;
    private final PidLoop level = new PidLoop(new Pid(LEVEL_TUNING, Pid.Action.DIRECT, 0, 100),
            LT101, LIC101_SP, LV101, LIC101_AUTO);
    private final PidLoop feed = new PidLoop(new Pid(FEED_TUNING, Pid.Action.REVERSE, 0, 100),
            FT101, FIC101_SP, P101_SPD, FIC101_AUTO);

    public ChemicalPlc() {
        this(TEMPERATURE_TUNING.derivativeFilter());
    }

    /** @param derivativeFilter N of the temperature loop, the one tuning value not exposed as a tag */
    ChemicalPlc(double derivativeFilter) {
        PidTuning tuning = new PidTuning(TEMPERATURE_TUNING.kp(), TEMPERATURE_TUNING.tiSeconds(),
                TEMPERATURE_TUNING.tdSeconds(), derivativeFilter);
        // I-PD: a set-point change must not kick the coolant valve (Kp 20 %/K x 5 K would shut it and, at
        // high feed, pass the point of no return); only the integral follows the set point.
        temperature = new PidLoop(new Pid(tuning, Pid.Action.DIRECT, 0, 100).proportionalOnMeasurement(),
                TT101, TIC101_SP, TV101, TIC101_AUTO);
    }

    @Override
    public String name() {
        return "chemical PLC (golden)";
    }

    @Override
    public void start(ControllerMemory memory) {
        retune(memory);
        temperature.start(memory);
        level.start(memory);
        feed.start(memory);
    }

    @Override
    public void scan(ControllerMemory memory, double dtSeconds) {
        retune(memory);
        temperature.scan(memory, dtSeconds);
        level.scan(memory, dtSeconds);
        if (memory.isOn(SIS_TRIP)) {
            feed.force(memory, 0, dtSeconds);
        } else {
            feed.scan(memory, dtSeconds);
        }
    }

    private void retune(ControllerMemory memory) {
        Pid pid = temperature.pid();
        PidTuning now = pid.tuning();
        double kp = memory.get(TIC101_KP);
        double ti = memory.get(TIC101_TI);
        double td = memory.get(TIC101_TD);
        if (kp != now.kp() || ti != now.tiSeconds() || td != now.tdSeconds()) {
            pid.tune(new PidTuning(kp, ti, td, now.derivativeFilter()));
        }
    }
}
