package org.icsdrill.plants.common;

import static org.icsdrill.core.tag.EngineeringUnit.HERTZ;
import static org.icsdrill.core.tag.EngineeringUnit.PERCENT;

import org.icsdrill.core.plant.BoundaryInput;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.core.tag.AlarmPriority;
import org.icsdrill.core.tag.TagDef;

/**
 * A plant's electrical supply from the site bus (docs/coupling.md), with its emergency generator and transfer
 * switch. The bus voltage and frequency are boundary inputs; alone, a plant sits on a perfect 50 Hz bus.
 * <ul>
 *   <li>Main bus: its loads run while the voltage is at least {@link #DROP_OUT} of rated (motor contactors drop
 *       out between 20 and 75 % of rated coil voltage, IEC 60947-4-1; undervoltage relays are set near 70 %). Motors started
 *       direct on line turn at a speed proportional to the bus frequency (synchronous speed 120 f / poles, slip
 *       neglected), so a pump's flow goes with it (affinity laws); drives on inverters do not.</li>
 *   <li>Emergency generator: started when the main bus is lost, it takes the essential loads once it has run up,
 *       {@code startSeconds} after the loss, at its own rated frequency; it burns its day tank in
 *       {@code fuelHours} at load, and hands the loads back as soon as the main bus returns.</li>
 * </ul>
 * At the nominal inputs every factor here is exactly 1, so a plant on its own steps as it did before.
 */
public final class ElectricalSupply {

    /** Bus voltage below which the loads drop out, % of rated. */
    public static final double DROP_OUT = 70;
    /** The bus's rated frequency, Hz (East Japan; the power plant's default). */
    public static final double NOMINAL_HZ = 50;

    public static final BoundaryInput BUS_VOLTAGE = new BoundaryInput("bus_voltage",
            "Site bus voltage, % of rated", PERCENT, 100);
    public static final BoundaryInput BUS_FREQUENCY = new BoundaryInput("bus_frequency",
            "Site bus frequency", HERTZ, NOMINAL_HZ);

    private final double startSeconds;
    private final double fuelHours;
    private double voltage = BUS_VOLTAGE.nominal();
    private double frequency = BUS_FREQUENCY.nominal();
    private double lostSeconds;
    private double fuel = 100;

    /**
     * @param startSeconds emergency generator's time from the loss of the main bus to taking its loads, s
     * @param fuelHours    running time on a full day tank at load, h
     */
    public ElectricalSupply(double startSeconds, double fuelHours) {
        this.startSeconds = startSeconds;
        this.fuelHours = fuelHours;
    }

    /** Sets the bus voltage or frequency; false when the input is neither. */
    public boolean set(BoundaryInput input, double value) {
        if (input.equals(BUS_VOLTAGE)) {
            voltage = Math.max(0, value);
        } else if (input.equals(BUS_FREQUENCY)) {
            frequency = Math.max(0, value);
        } else {
            return false;
        }
        return true;
    }

    /** The generator's start timer and day tank over one step, on the bus as set before it. */
    public void advance(double dtSeconds) {
        if (mainLive()) {
            lostSeconds = 0;
            return;
        }
        lostSeconds += dtSeconds;
        if (generatorOnLoad()) {
            fuel = Math.max(0, fuel - 100 * dtSeconds / (fuelHours * 3600));
        }
    }

    public boolean mainLive() {
        return voltage >= DROP_OUT;
    }

    /** Whether the emergency generator carries the essential loads. */
    public boolean generatorOnLoad() {
        return !mainLive() && lostSeconds >= startSeconds - 1e-9 && fuel > 0;
    }

    /** Whether the essential loads have power: the main bus, or the generator. */
    public boolean essentialLive() {
        return mainLive() || generatorOnLoad();
    }

    /** Speed of a motor started direct on line on the main bus, pu of rated: f / fn, or 0 with the bus lost. */
    public double mainSpeed() {
        return mainLive() ? frequency / NOMINAL_HZ : 0;
    }

    /** Speed of a direct-on-line motor on the essential bus, pu: the main bus's, the generator's 1, or 0. */
    public double essentialSpeed() {
        return mainLive() ? frequency / NOMINAL_HZ : generatorOnLoad() ? 1 : 0;
    }

    /** The bus voltage as the plant's meter reads it, %. */
    public double voltage() {
        return voltage;
    }

    /** The bus frequency as the plant's meter reads it, Hz: none on a dead bus. */
    public double frequency() {
        return voltage > 0 ? frequency : 0;
    }

    /** The generator's day tank, %. */
    public double fuelPercent() {
        return fuel;
    }

    /**
     * The tags every supplied plant declares for it (noise-free, so that a plant alone draws the same
     * instrument noise as before they existed): bus voltage and frequency, generator on load, its fuel.
     */
    public static TagDef.Builder voltageTag() {
        return TagDef.measurement("ELEC.VT", "Site bus voltage at the plant's incomer", PERCENT, 0, 120).initial(100)
                .alarms(AlarmLimits.analog(Double.NaN, Double.NaN, 90, DROP_OUT, 1, AlarmPriority.HIGH));
    }

    public static TagDef.Builder frequencyTag() {
        return TagDef.measurement("ELEC.FT", "Site bus frequency at the plant's incomer", HERTZ, 0, 60)
                .initial(NOMINAL_HZ);
    }

    public static TagDef.Builder generatorTag() {
        return TagDef.state("EG.RUN", "Emergency generator on load (main bus lost)").fromField()
                .alarms(AlarmLimits.whenEquals(1, AlarmPriority.HIGH));
    }

    public static TagDef.Builder fuelTag() {
        return TagDef.measurement("EG.LT", "Emergency generator day tank level", PERCENT, 0, 100).initial(100)
                .alarms(AlarmLimits.analog(Double.NaN, Double.NaN, 25, 10, 1, AlarmPriority.MEDIUM));
    }
}
