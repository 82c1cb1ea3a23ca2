package org.icsdrill.plants.building;

import static org.icsdrill.plants.building.BuildingTag.AHU_AUTO;
import static org.icsdrill.plants.building.BuildingTag.AHU_CCV;
import static org.icsdrill.plants.building.BuildingTag.AHU_FAN;
import static org.icsdrill.plants.building.BuildingTag.AHU_HCV;
import static org.icsdrill.plants.building.BuildingTag.AHU_OAD;
import static org.icsdrill.plants.building.BuildingTag.AHU_SP;
import static org.icsdrill.plants.building.BuildingTag.AHU_TT;
import static org.icsdrill.plants.building.BuildingTag.BLR_AUTO;
import static org.icsdrill.plants.building.BuildingTag.BLR_FIRE;
import static org.icsdrill.plants.building.BuildingTag.BLR_SP;
import static org.icsdrill.plants.building.BuildingTag.BLR_TT;
import static org.icsdrill.plants.building.BuildingTag.CHL_AUTO;
import static org.icsdrill.plants.building.BuildingTag.CHL_RUN;
import static org.icsdrill.plants.building.BuildingTag.DOOR_LOCK;
import static org.icsdrill.plants.building.BuildingTag.FIRE_ALM;
import static org.icsdrill.plants.building.BuildingTag.OUT_TT;
import static org.icsdrill.plants.building.BuildingTag.ZONE_AUTO;

import org.icsdrill.core.control.Pid;
import org.icsdrill.core.control.PidLoop;
import org.icsdrill.core.control.PidTuning;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;

/**
 * The building automation system (BAS) program:
 * <ul>
 *   <li>Zone controllers Z1..Z4.TIC: zone temperature on the radiator valve, PI, reverse acting.</li>
 *   <li>AHU: occupancy schedule (fan 70 % and outside air 30 % in office hours, off outside them), supply
 *       air temperature on the heating coil (PI) and on the cooling coil 2 K higher (PI, deadband between),
 *       economiser (outside air up to 100 % when it is between 12 and 20 °C and cooling is called for).</li>
 *   <li>Boiler: heating water temperature on the burner firing rate, PI.</li>
 *   <li>Chiller staging: run while the cooling valve is above 20 %, stop below 5 %; anti-short-cycle timer
 *       (no restart within 10 min of a stop, at most 6 starts an hour). In manual the run command is the
 *       operator's, with no timer.</li>
 *   <li>Doors locked outside office hours; released while the fire alarm is on.</li>
 * </ul>
 * The schedule is local time on the plant calendar ({@link Schedule}); the BAS keeps its own clock from its
 * scans.
 */
public final class BuildingPlc implements ControlProgram {

    static final PidTuning ZONE_TUNING = PidTuning.pi(15, 1200);
    static final PidTuning SUPPLY_TUNING = PidTuning.pi(4, 120);
    static final PidTuning BOILER_TUNING = PidTuning.pi(3, 300);
    static final double CHILLER_MIN_OFF_S = 600;

    private final PidLoop[] zones = new PidLoop[BuildingParameters.ZONES];
    private final PidLoop heating = new PidLoop(new Pid(SUPPLY_TUNING, Pid.Action.REVERSE, 0, 100),
            AHU_TT, AHU_SP, AHU_HCV, AHU_AUTO);
    private final Pid cooling = new Pid(SUPPLY_TUNING, Pid.Action.DIRECT, 0, 100);
    private final PidLoop boiler = new PidLoop(new Pid(BOILER_TUNING, Pid.Action.REVERSE, 0, 100),
            BLR_TT, BLR_SP, BLR_FIRE, BLR_AUTO);
    private final Schedule schedule;
    private double clock;
    private double chillerStoppedAt = -CHILLER_MIN_OFF_S;
    private boolean chillerWasRunning;

    BuildingPlc(Schedule schedule) {
        this.schedule = schedule;
        for (int i = 0; i < zones.length; i++) {
            zones[i] = new PidLoop(new Pid(ZONE_TUNING, Pid.Action.REVERSE, 0, 100),
                    BuildingTag.ZONE_TEMPERATURES[i], BuildingTag.ZONE_SETPOINTS[i], BuildingTag.ZONE_VALVES[i],
                    ZONE_AUTO);
        }
    }

    @Override
    public String name() {
        return "building BAS (golden)";
    }

    @Override
    public void start(ControllerMemory memory) {
        for (PidLoop zone : zones) {
            zone.start(memory);
        }
        heating.start(memory);
        cooling.initialize(memory.get(AHU_SP) + 2, memory.get(AHU_TT), memory.get(AHU_CCV));
        boiler.start(memory);
    }

    @Override
    public void scan(ControllerMemory memory, double dtSeconds) {
        boolean occupied = schedule.occupied(clock);
        clock += dtSeconds;
        for (PidLoop zone : zones) {
            zone.scan(memory, dtSeconds);
        }
        boolean auto = memory.isOn(AHU_AUTO);
        if (auto) {
            memory.set(AHU_FAN, occupied ? 70 : 0);
        }
        boolean running = memory.get(AHU_FAN) > 1;
        if (auto && running) {
            heating.scan(memory, dtSeconds);
            memory.set(AHU_CCV, cooling.update(memory.get(AHU_SP) + 2, memory.get(AHU_TT), dtSeconds));
            double outside = memory.get(OUT_TT);
            boolean economise = outside > 12 && outside < 20 && memory.get(AHU_CCV) > 0;
            memory.set(AHU_OAD, economise ? 100 : 30);
        } else if (auto) {
            heating.force(memory, 0, dtSeconds);
            memory.set(AHU_CCV, cooling.track(memory.get(AHU_SP) + 2, memory.get(AHU_TT), 0, dtSeconds));
            memory.set(AHU_OAD, 0);
        } else {
            heating.scan(memory, dtSeconds);
            cooling.track(memory.get(AHU_SP) + 2, memory.get(AHU_TT), memory.get(AHU_CCV), dtSeconds);
        }
        boiler.scan(memory, dtSeconds);
        chiller(memory);
        memory.set(DOOR_LOCK, !occupied && !memory.isOn(FIRE_ALM));
    }

    private void chiller(ControllerMemory memory) {
        boolean run = memory.isOn(CHL_RUN);
        if (memory.isOn(CHL_AUTO)) {
            double valve = memory.get(AHU_CCV);
            run = chillerWasRunning ? valve > 5 : valve > 20 && clock - chillerStoppedAt >= CHILLER_MIN_OFF_S;
            memory.set(CHL_RUN, run);
        }
        if (chillerWasRunning && !run) {
            chillerStoppedAt = clock;
        }
        chillerWasRunning = run;
    }
}
