package org.icsdrill.plants.chemical;

import java.util.Locale;
import java.util.Optional;
import org.icsdrill.core.control.FirstOrderLag;
import org.icsdrill.core.control.RateLimiter;
import org.icsdrill.core.plant.BoundaryInput;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.ProcessIo;
import org.icsdrill.plants.common.ElectricalSupply;
import org.icsdrill.plants.common.Rk4;
import org.icsdrill.core.tag.TagKey;

/**
 * The true state of reactor R1: the balances of {@link ReactorOde}, the actuators between the control
 * system and the balances (valves that stroke at a finite speed, a pump that spins up), the relief
 * valve and the consequence model. The vessel ruptures when its pressure reaches the burst pressure,
 * which a runaway does once the relief valve (sized for a pad-gas failure, not for a runaway, as in
 * the T2 Laboratories explosion of 2007, CSB report 2008-3-I-FL) cannot keep up.
 *
 * <p>Electricity comes from the site bus ({@link ElectricalSupply}). The feed pump (on its inverter) is on the
 * main bus only: with the bus lost it stops, which starves the reaction safely. The chilled-water pump and the
 * agitator are essential loads: the emergency generator takes them {@link EquipmentParameters#GENERATOR_START_SECONDS}
 * after the loss, as an uncooled, unstirred reactor still holding its charge of A is what runs away. The
 * chilled-water pump is started direct on line, so the coolant flow follows the bus frequency (affinity law,
 * flow ∝ speed). The PLC, the SIS and their instruments are on their UPS.
 */
final class ChemicalProcess implements PhysicalProcess {

    /** Largest RK4 step as a fraction of the fastest time constant: well inside the stability region. */
    private static final double MAX_STEP_TIMES_RATE = 0.5;

    private final EquipmentParameters equipment;
    private final ReactorOde ode;
    private final Rk4 rk4 = new Rk4(ReactorOde.SIZE);
    private final double[] state = new double[ReactorOde.SIZE];
    private final RateLimiter coolantValve;
    private final RateLimiter outletValve;
    private final RateLimiter feedShutoff;
    private final FirstOrderLag pumpSpeed;
    private final ReliefValve relief;
    private final ElectricalSupply supply = new ElectricalSupply(EquipmentParameters.GENERATOR_START_SECONDS,
            EquipmentParameters.GENERATOR_FUEL_HOURS);
    private double pressure;
    private String damage;

    ChemicalProcess(CstrParameters cstr, EquipmentParameters equipment, OperatingPoint start) {
        this.equipment = equipment;
        this.ode = new ReactorOde(cstr, equipment);
        state[ReactorOde.CONCENTRATION] = start.concentration();
        state[ReactorOde.TEMPERATURE] = start.temperature();
        state[ReactorOde.VOLUME] = start.volume();
        state[ReactorOde.JACKET] = start.jacketTemperature();
        state[ReactorOde.PAD_GAS] = start.padGas();
        coolantValve = RateLimiter.symmetric(equipment.valveStrokeRate(), start.coolantValve());
        outletValve = RateLimiter.symmetric(equipment.valveStrokeRate(), start.outletValve());
        feedShutoff = RateLimiter.symmetric(equipment.shutoffValveRate(), 100);
        pumpSpeed = new FirstOrderLag(equipment.pumpTimeConstant(), start.pumpSpeed());
        relief = new ReliefValve(equipment.reliefSetPressure(), equipment.reliefReseatPressure());
        applyFlows();
        pressure = ode.pressure(state);
    }

    @Override
    public void advance(double dtSeconds, ProcessIo io) {
        moveActuators(dtSeconds, io);
        ode.agitatorRunning = io.isOn(ChemicalTag.M101) && supply.essentialLive();
        ode.reliefOpen = !ode.ruptured && relief.update(pressure);
        double minutes = dtSeconds / 60;
        int steps = (int) Math.ceil(minutes * ode.stiffness(state) / MAX_STEP_TIMES_RATE);
        for (int i = 0; i < steps; i++) {
            rk4.step(ode, state, minutes / steps);
        }
        state[ReactorOde.CONCENTRATION] = Math.max(0, state[ReactorOde.CONCENTRATION]);
        state[ReactorOde.VOLUME] = Math.max(0, state[ReactorOde.VOLUME]);
        state[ReactorOde.PAD_GAS] = Math.max(0, state[ReactorOde.PAD_GAS]);
        pressure = ode.pressure(state);
        supply.advance(dtSeconds);
        checkRupture();
    }

    @Override
    public void setInput(BoundaryInput input, double value) {
        if (!supply.set(input, value)) {
            PhysicalProcess.super.setInput(input, value);
        }
    }

    private void moveActuators(double dtSeconds, ProcessIo io) {
        // The SIS's solenoid vents the coolant valve's actuator: the valve fails open whatever the PLC says.
        double coolantCommand = io.isOn(ChemicalTag.SIS_XY202) ? 100 : io.get(ChemicalTag.TV101);
        coolantValve.update(coolantCommand, dtSeconds);
        outletValve.update(io.get(ChemicalTag.LV101), dtSeconds);
        feedShutoff.update(io.isOn(ChemicalTag.SIS_XV201) ? 100 : 0, dtSeconds);
        pumpSpeed.update(supply.mainLive() ? io.get(ChemicalTag.P101_SPD) : 0, dtSeconds);
        applyFlows();
    }

    private void applyFlows() {
        ode.feedFlow = equipment.feedMaxFlow() * pumpSpeed.value() / 100 * feedShutoff.value() / 100;
        ode.coolantFlow = equipment.coolantMaxFlow() * coolantValve.value() / 100 * supply.essentialSpeed();
        ode.outletOpening = outletValve.value() / 100;
    }

    private void checkRupture() {
        if (damage == null && pressure >= equipment.burstPressure()) {
            damage = String.format(Locale.ROOT,
                    "reactor R1 ruptured at %.0f kPa (burst pressure %.0f kPa) with the contents at %.1f K;"
                            + " the relief valve had lifted %d time(s)",
                    pressure, equipment.burstPressure(), state[ReactorOde.TEMPERATURE], relief.lifts());
            ode.ruptured = true;
            relief.close();
            pressure = ode.pressure(state);
        }
    }

    @Override
    public double trueValue(TagKey fieldTag) {
        if (!(fieldTag instanceof ChemicalTag tag)) {
            throw new IllegalArgumentException("not a chemical plant tag: " + fieldTag.def().name());
        }
        return switch (tag) {
            case TT101, SIS_TT201 -> state[ReactorOde.TEMPERATURE];
            case PT101, SIS_PT201 -> pressure;
            case AT101 -> state[ReactorOde.CONCENTRATION];
            case LT101 -> 100 * state[ReactorOde.VOLUME] / equipment.tankVolume();
            case FT101 -> ode.feedFlow;
            case FT102 -> ode.coolantFlow;
            case TT102 -> state[ReactorOde.JACKET];
            case PSV101 -> relief.isOpen() ? 1 : 0;
            case XS101 -> ode.ruptured ? 1 : 0;
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
