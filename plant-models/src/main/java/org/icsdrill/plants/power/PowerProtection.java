package org.icsdrill.plants.power;

import static org.icsdrill.plants.power.PowerTag.GEN_CB;
import static org.icsdrill.plants.power.PowerTag.PROT_CAUSE;
import static org.icsdrill.plants.power.PowerTag.PROT_FPLL;
import static org.icsdrill.plants.power.PowerTag.PROT_FPT;
import static org.icsdrill.plants.power.PowerTag.PROT_FT;
import static org.icsdrill.plants.power.PowerTag.PROT_OF;
import static org.icsdrill.plants.power.PowerTag.PROT_OSP;
import static org.icsdrill.plants.power.PowerTag.PROT_PT;
import static org.icsdrill.plants.power.PowerTag.PROT_RESET;
import static org.icsdrill.plants.power.PowerTag.PROT_RP;
import static org.icsdrill.plants.power.PowerTag.PROT_ST;
import static org.icsdrill.plants.power.PowerTag.PROT_TRIP;
import static org.icsdrill.plants.power.PowerTag.PROT_UF;

import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;

/**
 * Unit protection on its own transducers (PROT.ST, PROT.FT, PROT.PT), independent of the DCS:
 * <ul>
 *   <li>12 overspeed: speed at or above PROT.OSP (110 %) trips at once, breaker open or closed;</li>
 *   <li>81O / 81U over- and under-frequency: beyond PROT.OF / PROT.UF for 2 s;</li>
 *   <li>32 reverse power: below PROT.RP (-5 MW, 1 % of rating) for 5 s: the turbine is being motored,
 *       which overheats its last stages (IEEE C37.102, 4.5.3);</li>
 *   <li>master fuel trip on low-low fuel gas pressure: PROT.FPT at or below PROT.FPLL for 3 s, whether the
 *       breaker is closed or not: the burners' flames are no longer stable (NFPA 85, 5.6).</li>
 * </ul>
 * The frequency and power elements are supervised by the breaker's 52a contact (a generator off the
 * grid has no frequency to protect and no power to reverse). A trip latches PROT.TRIP, which shuts the
 * stop and intercept valves, trips the burners and opens breaker 52G; PROT.CAUSE holds the first cause.
 * A reset (momentary) is accepted once no element picks up.
 */
public final class PowerProtection implements ControlProgram {

    static final double FREQUENCY_DELAY_S = 2;
    static final double REVERSE_POWER_DELAY_S = 5;

    private final PowerParameters p;
    private double overFrequencyTimer;
    private double underFrequencyTimer;
    private double reversePowerTimer;
    private double fuelTimer;

    public PowerProtection(PowerParameters parameters) {
        this.p = parameters;
    }

    @Override
    public String name() {
        return "power protection relays (golden)";
    }

    @Override
    public void scan(ControllerMemory memory, double dtSeconds) {
        boolean closed = memory.isOn(GEN_CB);
        double frequency = memory.get(PROT_FT);
        overFrequencyTimer = closed && frequency >= memory.get(PROT_OF) ? overFrequencyTimer + dtSeconds : 0;
        underFrequencyTimer = closed && frequency <= memory.get(PROT_UF) ? underFrequencyTimer + dtSeconds : 0;
        reversePowerTimer = closed && memory.get(PROT_PT) <= memory.get(PROT_RP) ? reversePowerTimer + dtSeconds : 0;
        boolean lowFuel = memory.get(PROT_FPT) <= memory.get(PROT_FPLL);
        fuelTimer = lowFuel ? fuelTimer + dtSeconds : 0;

        int cause = 0;
        if (memory.get(PROT_ST) >= memory.get(PROT_OSP) / 100 * p.ratedRpm()) {
            cause = 1;
        } else if (overFrequencyTimer >= FREQUENCY_DELAY_S - 1e-9) {
            cause = 2;
        } else if (underFrequencyTimer >= FREQUENCY_DELAY_S - 1e-9) {
            cause = 3;
        } else if (reversePowerTimer >= REVERSE_POWER_DELAY_S - 1e-9) {
            cause = 4;
        } else if (fuelTimer >= FuelGas.STANDARD.tripDelay() - 1e-9) {
            cause = 5;
        }
        boolean picked = memory.get(PROT_ST) >= memory.get(PROT_OSP) / 100 * p.ratedRpm() || lowFuel
                || (closed && (frequency >= memory.get(PROT_OF) || frequency <= memory.get(PROT_UF)
                        || memory.get(PROT_PT) <= memory.get(PROT_RP)));
        boolean tripped = memory.isOn(PROT_TRIP);
        if (memory.isOn(PROT_RESET)) {
            memory.set(PROT_RESET, false);
            if (!picked) {
                tripped = false;
                memory.set(PROT_CAUSE, 0);
            }
        }
        if (cause != 0 && !tripped) {
            tripped = true;
            memory.set(PROT_CAUSE, cause);
        }
        memory.set(PROT_TRIP, tripped);
    }
}
