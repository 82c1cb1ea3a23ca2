package org.icsdrill.plants.gas;

import static org.icsdrill.plants.gas.GasTag.SIS_PSHH302;
import static org.icsdrill.plants.gas.GasTag.SIS_PT302;
import static org.icsdrill.plants.gas.GasTag.SIS_RESET;
import static org.icsdrill.plants.gas.GasTag.SIS_SSHH201;
import static org.icsdrill.plants.gas.GasTag.SIS_ST201;
import static org.icsdrill.plants.gas.GasTag.SIS_TRIP;
import static org.icsdrill.plants.gas.GasTag.SIS_VSHH201;
import static org.icsdrill.plants.gas.GasTag.SIS_VT201;
import static org.icsdrill.plants.gas.GasTag.SIS_XS201;
import static org.icsdrill.plants.gas.GasTag.SIS_XV301;

import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;

/**
 * The safety instrumented functions, on the SIS's own transmitters:
 * <ul>
 *   <li>compressor trip: overspeed (ST201) or high-high vibration (VT201) removes the drive's run
 *       permissive XS201, and the drive coasts down;</li>
 *   <li>slam-shut: distribution overpressure (PT302) closes the slam-shut valve XV301 upstream of the
 *       regulator (EN 14382 safety shut-off device).</li>
 * </ul>
 * Each trip latches in its own output; SIS.TRIP is set while either is latched. A reset is accepted only
 * once every trip condition has cleared, and the reset command is momentary (the SIS clears it).
 */
public final class GasSis implements ControlProgram {

    /** Overspeed trip, r/min: 1200 Hz drive frequency, 113 % of nominal. */
    public static final double OVERSPEED_LIMIT = 18_000;
    /** High-high vibration trip, mm/s: the ISO 10816-3 zone C/D boundary for large machines. */
    public static final double VIBRATION_LIMIT = 7.1;
    /** Slam-shut set pressure, bar: 125 % of the distribution set point. */
    public static final double SLAM_SHUT_PRESSURE = 6.25;

    @Override
    public String name() {
        return "gas SIS (golden)";
    }

    @Override
    public void scan(ControllerMemory memory, double dt) {
        boolean compressorDemand = memory.get(SIS_ST201) >= memory.get(SIS_SSHH201)
                || memory.get(SIS_VT201) >= memory.get(SIS_VSHH201);
        boolean slamShutDemand = memory.get(SIS_PT302) >= memory.get(SIS_PSHH302);
        boolean compressorTripped = compressorDemand || !memory.isOn(SIS_XS201);
        boolean slamShut = slamShutDemand || !memory.isOn(SIS_XV301);
        if (memory.isOn(SIS_RESET)) {
            if (!compressorDemand && !slamShutDemand) {
                compressorTripped = false;
                slamShut = false;
            }
            memory.set(SIS_RESET, false);
        }
        memory.set(SIS_XS201, !compressorTripped);
        memory.set(SIS_XV301, !slamShut);
        memory.set(SIS_TRIP, compressorTripped || slamShut);
    }
}
