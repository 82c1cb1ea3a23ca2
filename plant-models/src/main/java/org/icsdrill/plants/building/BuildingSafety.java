package org.icsdrill.plants.building;

import static org.icsdrill.plants.building.BuildingTag.FIRE_ALM;
import static org.icsdrill.plants.building.BuildingTag.HIGH_LIMIT;
import static org.icsdrill.plants.building.BuildingTag.FREEZE_STAT;
import static org.icsdrill.plants.building.BuildingTag.SIS_BHL;
import static org.icsdrill.plants.building.BuildingTag.SIS_BTT;
import static org.icsdrill.plants.building.BuildingTag.SIS_FRZ;
import static org.icsdrill.plants.building.BuildingTag.SIS_FSD;
import static org.icsdrill.plants.building.BuildingTag.SIS_RESET;
import static org.icsdrill.plants.building.BuildingTag.SIS_TRIP;
import static org.icsdrill.plants.building.BuildingTag.SIS_TT;

import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;

/**
 * The hard-wired safety functions of the building, on their own sensors, each latched until a reset
 * (momentary) finds its condition cleared:
 * <ul>
 *   <li>Freeze-stat on the air leaving the heating coil (at or below 4 °C): stops the supply fan, shuts the
 *       outside air damper and drives the coil valve fully open (ASHRAE Guideline 36, low-limit).</li>
 *   <li>Boiler high-limit (at or above 95 °C): locks the burner out (EN 12828 safety temperature limiter).</li>
 *   <li>Fire shutdown while the fire alarm panel is in alarm: stops the AHU and shuts its dampers so it
 *       does not spread smoke, and releases the door locks for escape.</li>
 * </ul>
 * The limits are fixed in this program, as in a thermostat's hardware, not network parameters.
 */
public final class BuildingSafety implements ControlProgram {

    @Override
    public String name() {
        return "building safety functions (golden)";
    }

    @Override
    public void scan(ControllerMemory memory, double dtSeconds) {
        boolean freeze = memory.get(SIS_TT) <= FREEZE_STAT;
        boolean overheat = memory.get(SIS_BTT) >= HIGH_LIMIT;
        boolean fire = memory.isOn(FIRE_ALM);
        boolean frz = freeze || memory.isOn(SIS_FRZ);
        boolean bhl = overheat || memory.isOn(SIS_BHL);
        boolean fsd = fire || memory.isOn(SIS_FSD);
        if (memory.isOn(SIS_RESET)) {
            memory.set(SIS_RESET, false);
            frz = freeze;
            bhl = overheat;
            fsd = fire;
        }
        memory.set(SIS_FRZ, frz);
        memory.set(SIS_BHL, bhl);
        memory.set(SIS_FSD, fsd);
        memory.set(SIS_TRIP, frz || bhl || fsd);
    }
}
