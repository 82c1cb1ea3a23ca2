package org.icsdrill.plants.power;

import static org.icsdrill.plants.power.PowerTag.AGC_ACE;
import static org.icsdrill.plants.power.PowerTag.AGC_AUTO;
import static org.icsdrill.plants.power.PowerTag.BLR_FIRE;
import static org.icsdrill.plants.power.PowerTag.BLR_FV;
import static org.icsdrill.plants.power.PowerTag.BLR_LIC_AUTO;
import static org.icsdrill.plants.power.PowerTag.BLR_LIC_SP;
import static org.icsdrill.plants.power.PowerTag.BLR_LT;
import static org.icsdrill.plants.power.PowerTag.BLR_PIC_AUTO;
import static org.icsdrill.plants.power.PowerTag.BLR_PIC_SP;
import static org.icsdrill.plants.power.PowerTag.BLR_PT;
import static org.icsdrill.plants.power.PowerTag.BLR_RB;
import static org.icsdrill.plants.power.PowerTag.FUEL_PT;
import static org.icsdrill.plants.power.PowerTag.GEN_CB;
import static org.icsdrill.plants.power.PowerTag.GEN_CB_CMD;
import static org.icsdrill.plants.power.PowerTag.GEN_FT;
import static org.icsdrill.plants.power.PowerTag.GOV_AUTO;
import static org.icsdrill.plants.power.PowerTag.GOV_DROOP;
import static org.icsdrill.plants.power.PowerTag.GOV_PREF;
import static org.icsdrill.plants.power.PowerTag.PROT_TRIP;
import static org.icsdrill.plants.power.PowerTag.TIE_PT;
import static org.icsdrill.plants.power.PowerTag.TIE_SCHED;
import static org.icsdrill.plants.power.PowerTag.TURB_GV;
import static org.icsdrill.plants.power.PowerTag.TURB_IV;
import static org.icsdrill.plants.power.PowerTag.TURB_ST;

import org.icsdrill.core.control.Pid;
import org.icsdrill.core.control.PidLoop;
import org.icsdrill.core.control.PidTuning;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;

/**
 * The unit's control program (DCS/PLC):
 * <ul>
 *   <li>Governor (GOV): speed droop {@code gv = (Pref + W)/Prated - Δω/R} on the PLC's speed pickup, the
 *       steady-state speed regulation of Kundur 11.1.3 with the no-load valve opening W; in manual the
 *       operator positions the valve. Tripped: valve held shut.</li>
 *   <li>AGC: integral control of the area control error {@code ACE = (Ptie - Psched) + B Δf} onto the load
 *       reference (Kundur 11.1.6, eq. 11.23), B the natural response (D + 1/R). Active only in auto with the
 *       breaker closed; otherwise the reference tracks (by hand) or is held at zero (breaker open: the
 *       governor then holds rated speed at no load).</li>
 *   <li>Overspeed protection controller (OPC): above 103 % speed the governor and intercept valves
 *       are shut until the speed is back below 101 %, so that a full load rejection stays clear of the
 *       110 % trip (the reheater alone holds 70 % of the power for seconds). Part of automatic speed
 *       control: with the governor in manual the valves are the operator's alone, and only the
 *       protection's overspeed trip stands between a load rejection and the mechanical limit.</li>
 *   <li>BLR.PIC: drum pressure on the firing rate (boiler follows the turbine); BLR.LIC: drum level on
 *       the feedwater valve. PI with anti-windup and bumpless auto/manual.</li>
 *   <li>Fuel runback (BLR.RB): with the fuel gas inlet pressure (FUEL.PT) below the runback pressure, the load
 *       reference is run back at 50 % of rating a minute to the load the fuel valve can still feed
 *       ({@link FuelGas#availableHeat}), ahead of the drum pressure's collapse; AGC and the operator cannot raise
 *       it meanwhile (fuel-limited runback, Kundur 9.5; unit runbacks of 50 to 100 %/min).</li>
 *   <li>Breaker 52G close sequence: a close command is accepted only with the generator within
 *       ±0.1 Hz of nominal (synchronism check, device 25); otherwise the PLC drops it. Tripped: dropped.</li>
 * </ul>
 */
public final class PowerPlc implements ControlProgram {

    /** AGC: integral time constant about 100 s against unit static gain (ACE follows the reference 1:1). */
    static final PidTuning AGC_TUNING = PidTuning.pi(0.05, 5);
    static final PidTuning PRESSURE_TUNING = PidTuning.pi(2, 150);
    static final PidTuning LEVEL_TUNING = PidTuning.pi(0.5, 100);
    /** Largest frequency difference at which the synchronism check lets the breaker close, Hz. */
    static final double SYNC_WINDOW_HZ = 0.1;
    static final double OPC_PICKUP = 1.03;
    static final double OPC_DROPOUT = 1.01;
    /** Fuel runback rate, pu of rating per second: 50 % a minute. */
    static final double RUNBACK_RATE = 0.5 / 60;

    private final PowerParameters p;
    private final FuelGas fuel = FuelGas.STANDARD;
    private boolean opc;
    private final Pid agc = new Pid(AGC_TUNING, Pid.Action.REVERSE, 0, 550);
    private final PidLoop pressure = new PidLoop(new Pid(PRESSURE_TUNING, Pid.Action.REVERSE, 0, 100),
            BLR_PT, BLR_PIC_SP, BLR_FIRE, BLR_PIC_AUTO);
    private final PidLoop level = new PidLoop(new Pid(LEVEL_TUNING, Pid.Action.REVERSE, 0, 100),
            BLR_LT, BLR_LIC_SP, BLR_FV, BLR_LIC_AUTO);

    public PowerPlc(PowerParameters parameters) {
        this.p = parameters;
    }

    @Override
    public String name() {
        return "power DCS (golden)";
    }

    @Override
    public void start(ControllerMemory memory) {
        agc.initialize(0, areaControlError(memory), memory.get(GOV_PREF));
        pressure.start(memory);
        level.start(memory);
    }

    @Override
    public void scan(ControllerMemory memory, double dtSeconds) {
        boolean tripped = memory.isOn(PROT_TRIP);
        breaker(memory, tripped);
        boolean connected = memory.isOn(GEN_CB);

        double ace = areaControlError(memory);
        memory.set(AGC_ACE, ace);
        boolean runback = !tripped && connected && memory.get(FUEL_PT) < fuel.runbackPressure();
        memory.set(BLR_RB, runback);
        double previous = memory.get(GOV_PREF);
        double supported = supportedLoad(memory.get(FUEL_PT));
        double pref;
        if (tripped || !connected) {
            pref = agc.track(0, ace, 0, dtSeconds);
        } else if (runback && previous >= supported) {
            double ramp = previous - RUNBACK_RATE * p.ratedMw() * dtSeconds;
            pref = agc.track(0, ace, Math.max(supported, ramp), dtSeconds);
        } else if (memory.isOn(AGC_AUTO)) {
            pref = agc.update(0, ace, dtSeconds);
        } else {
            pref = agc.track(0, ace, memory.get(GOV_PREF), dtSeconds);
        }
        memory.set(GOV_PREF, pref);

        double speed = memory.get(TURB_ST) / p.ratedRpm();
        opc = memory.isOn(GOV_AUTO) && (speed >= OPC_PICKUP || (opc && speed > OPC_DROPOUT));
        memory.set(TURB_IV, tripped || opc ? 0 : 100);
        if (tripped || opc) {
            memory.set(TURB_GV, 0);
        } else if (memory.isOn(GOV_AUTO)) {
            double speedDeviation = speed - 1;
            double droop = memory.get(GOV_DROOP) / 100;
            double valve = pref / p.ratedMw() + p.windageLoss() - speedDeviation / droop;
            memory.set(TURB_GV, Math.max(0, Math.min(100, 100 * valve)));
        }

        if (tripped) {
            pressure.force(memory, 0, dtSeconds);
        } else {
            pressure.scan(memory, dtSeconds);
        }
        level.scan(memory, dtSeconds);
    }

    private void breaker(ControllerMemory memory, boolean tripped) {
        if (tripped) {
            memory.set(GEN_CB_CMD, false);
        } else if (memory.isOn(GEN_CB_CMD) && !memory.isOn(GEN_CB)
                && Math.abs(memory.get(GEN_FT) - p.nominalHz()) > SYNC_WINDOW_HZ) {
            memory.set(GEN_CB_CMD, false);
        }
    }

    /** The load the fuel valve can feed at inlet pressure {@code p}, MW: heat to steam, steam to power. */
    private double supportedLoad(double inletPressure) {
        double steamPu = fuel.availableHeat(p.maxFiring(), inletPressure) / p.enthalpyRise() / p.ratedSteamFlow();
        return Math.max(0, (steamPu - p.windageLoss()) * p.ratedMw());
    }

    /** ACE in MW: positive when the area over-generates (Kundur eq. 11.23 with B in MW/Hz). */
    private double areaControlError(ControllerMemory memory) {
        return memory.get(TIE_PT) - memory.get(TIE_SCHED) + p.frequencyBias() * (memory.get(GEN_FT) - p.nominalHz());
    }
}
