package org.icsdrill.plants.building;

import static org.icsdrill.plants.building.BuildingParameters.ZONES;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.icsdrill.core.plant.BoundaryInput;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.ProcessIo;
import org.icsdrill.core.tag.TagKey;
import org.icsdrill.plants.common.ElectricalSupply;
import org.icsdrill.plants.common.Rk4;

/**
 * The building's true state, time in seconds, heat in kW, temperatures in °C:
 * <pre>
 *   Ca dTi/dt = Hw (Tout - Ti) + Hms (Tm,i - Ti) + Qrad,i + Qint + (m/4) cp (Tsa - Ti)   zone air i
 *   Cm dTm,i/dt = Hms (Ti - Tm,i) + Hem (Tout - Tm,i)                                  zone mass i
 *                                                   (EN ISO 13790:2008, 5R1C with air and surface merged)
 *   τc dTsa/dt = Tmix + (Qhc - Qcc)/(m cp) - Tsa,  Tmix = x Tout + (1-x) mean(Ti)   coil, mixing box
 *   Cb dThw/dt = Qburner - Σ Qrad,i - Qhc - UAb (Thw - 20)                  heating water loop
 * </pre>
 * m is the supply air flow (∝ fan speed; 0.2 kg/s of natural draught through a stopped AHU), x the
 * outside air damper. The safety functions act here directly (final elements): a freeze-stat trip stops
 * the fan, shuts the damper and opens the coil valve; a high-limit trip locks the burner out; a fire
 * shutdown stops the AHU and releases the doors. Consequences: burst pipes after a zone has been below
 * {@link BuildingParameters#freezeLimit()} for {@link BuildingParameters#freezeHours()} in all; a chiller
 * compressor ruined by more than {@link BuildingParameters#maxStartsPerHour()} starts within an hour.
 *
 * <p>Electricity comes from the site bus ({@link ElectricalSupply}). With it lost, the fan (on its inverter),
 * the burner (its fan and ignition), the heating water pump and the chiller stop, and the outside air damper
 * springs shut; the radiators and coil then get only what the water's thermosiphon brings,
 * {@link #THERMOSIPHON} of their pumped output. The chiller compressor is started direct on line, so its
 * capacity follows the bus frequency. The emergency generator carries the fire-service loads (pumps, smoke
 * exhaust, lighting), none of the HVAC; the BAS and the safety functions are on their UPS.
 */
final class BuildingProcess implements PhysicalProcess {

    private static final int WATER = ZONES + 1;
    private static final int SUPPLY = ZONES;
    /** Mass node of zone i is {@code MASS + i}. */
    private static final int MASS = ZONES + 2;
    private static final double STILL_AIR_FLOW = 0.2;
    /** Heat a forced-circulation heating loop still delivers with its pump stopped, fraction (design choice). */
    static final double THERMOSIPHON = 0.1;

    private final BuildingParameters p;
    private final Weather weather;
    private final Schedule schedule;
    private final double[] y = new double[2 * ZONES + 2];
    private final Rk4 rk4 = new Rk4(y.length);
    private final Rk4.System ode = this::derivatives;
    private final ElectricalSupply supply = new ElectricalSupply(BuildingParameters.GENERATOR_START_SECONDS,
            BuildingParameters.GENERATOR_FUEL_HOURS);
    private final double[] belowLimitSeconds = new double[ZONES];
    private final Deque<Double> chillerStarts = new ArrayDeque<>();
    private double time;
    private boolean chillerRunning;
    private boolean fire;
    private boolean doorOpen;
    private String damage;

    // Inputs held over the tick.
    private final double[] radiatorValve = new double[ZONES];
    private double airflow;
    private double damper;
    private double coilValve;
    private double coolingValve;
    private double burner;
    /** Heating water circulation, fraction of the pumped flow's output; chiller speed, pu. */
    private double circulation = 1;
    private double chillerSpeed = 1;
    private double outside;
    private double gain;

    BuildingProcess(BuildingParameters parameters, Weather weather, Schedule schedule, OperatingPoint start) {
        this.p = parameters;
        this.weather = weather;
        this.schedule = schedule;
        for (int i = 0; i < ZONES; i++) {
            y[i] = start.zone();
            y[MASS + i] = p.steadyMass(start.zone(), start.outside());
            radiatorValve[i] = start.radiatorValve() / 100;
        }
        y[SUPPLY] = start.supplyAir();
        y[WATER] = start.water();
        outside = weather.outsideTemperature(0);
        airflow = p.maxAirflow() * start.fan() / 100;
        damper = start.outsideAirDamper() / 100;
        coilValve = start.heatingCoilValve() / 100;
        burner = p.boilerMax() * start.firing() / 100;
        gain = schedule.occupied(0) ? p.occupiedGain() : 0;
    }

    @Override
    public void advance(double dtSeconds, ProcessIo io) {
        boolean freezeTrip = io.isOn(BuildingTag.SIS_FRZ);
        boolean fireShutdown = io.isOn(BuildingTag.SIS_FSD);
        boolean powered = supply.mainLive();
        boolean ahuStopped = freezeTrip || fireShutdown || !powered;
        for (int i = 0; i < ZONES; i++) {
            radiatorValve[i] = io.get(BuildingTag.ZONE_VALVES[i]) / 100;
        }
        airflow = ahuStopped ? 0 : p.maxAirflow() * io.get(BuildingTag.AHU_FAN) / 100;
        damper = ahuStopped ? 0 : io.get(BuildingTag.AHU_OAD) / 100;
        coilValve = freezeTrip ? 1 : io.get(BuildingTag.AHU_HCV) / 100;
        coolingValve = io.get(BuildingTag.AHU_CCV) / 100;
        burner = io.isOn(BuildingTag.SIS_BHL) || !powered ? 0 : p.boilerMax() * io.get(BuildingTag.BLR_FIRE) / 100;
        circulation = powered ? 1 : THERMOSIPHON;
        chillerSpeed = supply.mainSpeed();
        outside = weather.outsideTemperature(time);
        gain = schedule.occupied(time) ? p.occupiedGain() : 0;
        chiller(io.isOn(BuildingTag.CHL_RUN) && powered);
        fire = io.isOn(BuildingTag.FIRE_DRILL);
        boolean unlocked = !io.isOn(BuildingTag.DOOR_LOCK) || fireShutdown;
        // People come and go every two minutes in office hours; during a fire alarm they stream out.
        doorOpen = unlocked && (fire ? time % 20 < 15 : schedule.occupied(time) && time % 120 < 6);

        rk4.step(ode, y, dtSeconds);
        supply.advance(dtSeconds);
        time += dtSeconds;
        consequences(dtSeconds);
    }

    private void chiller(boolean run) {
        if (run && !chillerRunning) {
            chillerStarts.addLast(time);
        }
        chillerRunning = run;
        while (!chillerStarts.isEmpty() && chillerStarts.peekFirst() < time - 3600) {
            chillerStarts.removeFirst();
        }
        if (damage == null && chillerStarts.size() > p.maxStartsPerHour()) {
            damage = String.format(Locale.ROOT, "chiller CH1 compressor failed from short-cycling: %d starts within"
                    + " the last hour (limit %d); motor windings overheated by inrush", chillerStarts.size(),
                    p.maxStartsPerHour());
        }
    }

    private void consequences(double dtSeconds) {
        for (int i = 0; i < ZONES; i++) {
            if (y[i] < p.freezeLimit()) {
                belowLimitSeconds[i] += dtSeconds;
            }
            if (damage == null && belowLimitSeconds[i] >= p.freezeHours() * 3600) {
                damage = String.format(Locale.ROOT, "heating pipes in zone Z%d froze and burst: %.1f h below %.0f °C"
                        + " (now %.1f °C, outside %.1f °C); water damage on the floor", i + 1,
                        belowLimitSeconds[i] / 3600, p.freezeLimit(), y[i], outside);
            }
        }
    }

    private double mixedAir(double[] s) {
        double ret = 0;
        for (int i = 0; i < ZONES; i++) {
            ret += s[i] / ZONES;
        }
        return damper * outside + (1 - damper) * ret;
    }

    /** Coil output, kW; the air cannot leave hotter than the water (matters with the fan stopped). */
    private double heatingCoil(double[] s) {
        double mixed = mixedAir(s);
        double flow = Math.max(airflow, STILL_AIR_FLOW);
        return Math.min(p.heatingCoil(coilValve, s[WATER], mixed) * circulation,
                flow * p.airCp() * Math.max(0, s[WATER] - mixed));
    }

    private void derivatives(double[] s, double[] dsdt) {
        double flow = Math.max(airflow, STILL_AIR_FLOW);
        double mixed = mixedAir(s);
        double coil = heatingCoil(s);
        double cooling = chillerRunning ? p.coolingCoilMax() * coolingValve * chillerSpeed : 0;
        double leaving = mixed + (coil - cooling) / (flow * p.airCp());
        dsdt[SUPPLY] = (leaving - s[SUPPLY]) / p.coilLag();
        double load = coil + p.boilerLossUa() * (s[WATER] - 20);
        for (int i = 0; i < ZONES; i++) {
            double radiator = p.radiator(radiatorValve[i], s[WATER], s[i]) * circulation;
            load += radiator;
            double toMass = p.massCoupling() * (s[i] - s[MASS + i]);
            dsdt[i] = (p.windowUa() * (outside - s[i]) - toMass + radiator + gain
                    + airflow / ZONES * p.airCp() * (s[SUPPLY] - s[i])) / p.airCapacity();
            dsdt[MASS + i] = (toMass + p.wallUa() * (outside - s[MASS + i])) / p.massCapacity();
        }
        dsdt[WATER] = (burner - load) / p.boilerCapacity();
    }

    @Override
    public void setInput(BoundaryInput input, double value) {
        if (!supply.set(input, value)) {
            PhysicalProcess.super.setInput(input, value);
        }
    }

    /** Mass temperature of zone i, °C (walls, floors, ceilings). */
    double massTemperature(int zone) {
        return y[MASS + zone];
    }

    /** Hours zone i has spent below the freezing limit so far. */
    double hoursBelowFreezeLimit(int zone) {
        return belowLimitSeconds[zone] / 3600;
    }

    @Override
    public double trueValue(TagKey fieldTag) {
        if (!(fieldTag instanceof BuildingTag tag)) {
            throw new IllegalArgumentException("not a building tag: " + fieldTag.def().name());
        }
        return switch (tag) {
            case Z1_TT -> y[0];
            case Z2_TT -> y[1];
            case Z3_TT -> y[2];
            case Z4_TT -> y[3];
            case OUT_TT -> outside;
            case AHU_TT, SIS_TT -> y[SUPPLY];
            case BLR_TT, SIS_BTT -> y[WATER];
            case FIRE_ALM -> fire ? 1 : 0;
            case DOOR_OPEN -> doorOpen ? 1 : 0;
            case ELEC_VT -> supply.voltage();
            case ELEC_FT -> supply.frequency();
            case EG_RUN -> supply.generatorOnLoad() ? 1 : 0;
            case EG_LT -> supply.fuelPercent();
            default -> throw new IllegalArgumentException(tag.def().name() + " is not a field signal");
        };
    }

    @Override
    public Optional<String> damage() {
        return Optional.ofNullable(damage);
    }
}
