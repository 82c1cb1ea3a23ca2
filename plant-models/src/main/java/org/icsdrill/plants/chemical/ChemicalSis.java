package org.icsdrill.plants.chemical;

import static org.icsdrill.plants.chemical.ChemicalTag.SIS_PSHH201;
import static org.icsdrill.plants.chemical.ChemicalTag.SIS_PT201;
import static org.icsdrill.plants.chemical.ChemicalTag.SIS_RESET;
import static org.icsdrill.plants.chemical.ChemicalTag.SIS_TRIP;
import static org.icsdrill.plants.chemical.ChemicalTag.SIS_TSHH201;
import static org.icsdrill.plants.chemical.ChemicalTag.SIS_TT201;
import static org.icsdrill.plants.chemical.ChemicalTag.SIS_XV201;
import static org.icsdrill.plants.chemical.ChemicalTag.SIS_XY202;

import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;

/**
 * The safety instrumented function on the SIS's own transmitters: on high-high temperature (TT201)
 * or high-high pressure (PT201) it closes the feed shut-off valve XV201 and forces the coolant valve
 * open through XY202. The trip latches; a reset is accepted only once both readings are back below
 * their limits, and the reset command is momentary (the SIS clears it).
 */
public final class ChemicalSis implements ControlProgram {

    @Override
    public String name() {
        return "chemical SIS (golden)";
    }

    @Override
    public void scan(ControllerMemory memory, double dtSeconds) {
        boolean demand = memory.get(SIS_TT201) >= memory.get(SIS_TSHH201)
                || memory.get(SIS_PT201) >= memory.get(SIS_PSHH201);
        boolean tripped = demand || memory.isOn(SIS_TRIP);
        if (memory.isOn(SIS_RESET)) {
            tripped = demand;
            memory.set(SIS_RESET, false);
        }
        memory.set(SIS_TRIP, tripped);
        memory.set(SIS_XV201, !tripped);
        memory.set(SIS_XY202, tripped);
    }
}
