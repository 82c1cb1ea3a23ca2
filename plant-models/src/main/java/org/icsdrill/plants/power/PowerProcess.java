package org.icsdrill.plants.power;

import java.util.Locale;
import java.util.Optional;
import org.icsdrill.core.control.RateLimiter;
import org.icsdrill.core.plant.BoundaryInput;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.ProcessIo;
import org.icsdrill.core.tag.TagKey;
import org.icsdrill.plants.common.Rk4;

/**
 * The true state of the unit and its grid area: {@link UnitOde} stepped with RK4 at 10 ms (the tie-line
 * swing mode is about 1.3 Hz), the breakers, the feedwater valve's stroking speed, the area load profile
 * and the consequence model. The generator breaker opens when the PLC drops its close command or the
 * protection trips (trip coil); the turbine's stop and intercept valves and the burners follow the
 * protection trip directly. With both breakers open the area is dark: its load is lost (a state, not
 * damage). Damage is mechanical: the rotor reaching {@link PowerParameters#overspeedDamage()}.
 */
final class PowerProcess implements PhysicalProcess {

    private static final double MAX_STEP_SECONDS = 0.01;
    /** Feedwater control valve stroking speed, % per second. */
    private static final double FEED_VALVE_RATE = 10;

    private final PowerParameters p;
    private final LoadProfile load;
    private final UnitOde ode;
    private final Rk4 rk4 = new Rk4(UnitOde.SIZE);
    private final double[] y = new double[UnitOde.SIZE];
    private final RateLimiter feedValve;
    /** Intercept valves close fast, in about 0.2 s (fast-acting, Kundur 9.1.2). */
    private final RateLimiter interceptValve = RateLimiter.symmetric(500, 100);
    private final FuelGas fuel = FuelGas.STANDARD;
    /** Fuel gas pressure at the unit's inlet, bar: the boundary input, nominal until a coupling sets it. */
    private double fuelPressure = FuelGas.STANDARD.designPressure();
    private double time;
    private double peakSpeed = 1;
    private String damage;

    PowerProcess(PowerParameters parameters, LoadProfile load, OperatingPoint start) {
        this.p = parameters;
        this.load = load;
        this.ode = new UnitOde(parameters);
        double steamPu = start.steamFlow() / parameters.ratedSteamFlow();
        y[UnitOde.VALVE] = start.valvePercent() / 100;
        y[UnitOde.CHEST] = steamPu;
        y[UnitOde.REHEAT] = steamPu;
        y[UnitOde.PRESSURE] = parameters.ratedPressure();
        y[UnitOde.HEAT] = start.firingPercent() / 100 * parameters.maxFiring();
        feedValve = RateLimiter.symmetric(FEED_VALVE_RATE, start.feedPercent());
        ode.feedwater = feedwater();
        ode.loadPu = load.megawatts(0) / parameters.ratedMw();
        ode.firingCommandMw = y[UnitOde.HEAT];
    }

    @Override
    public void setInput(BoundaryInput input, double value) {
        if (!input.equals(PowerPlant.FUEL_GAS_PRESSURE)) {
            PhysicalProcess.super.setInput(input, value);
        }
        fuelPressure = Math.max(0, value);
    }

    @Override
    public void advance(double dtSeconds, ProcessIo io) {
        boolean tripped = io.isOn(PowerTag.PROT_TRIP);
        boolean generator = io.isOn(PowerTag.GEN_CB_CMD) && !tripped;
        boolean tie = io.isOn(PowerTag.TIE_CB);
        if ((generator && !ode.generatorClosed) || (tie && !ode.tieClosed)) {
            // Closed through a synchronism check: the angle to the neighbour starts at zero.
            y[UnitOde.ANGLE] = 0;
        }
        ode.generatorClosed = generator;
        ode.tieClosed = tie;
        ode.turbineTripped = tripped;
        ode.valveCommand = io.get(PowerTag.TURB_GV) / 100;
        interceptValve.update(io.get(PowerTag.TURB_IV), dtSeconds);
        ode.interceptOpening = interceptValve.value() / 100;
        // the fuel valve passes no more than the inlet pressure pushes through it (never at the design pressure)
        ode.firingCommandMw = tripped ? 0 : Math.min(io.get(PowerTag.BLR_FIRE) / 100 * p.maxFiring(),
                fuel.availableHeat(p.maxFiring(), fuelPressure));
        feedValve.update(io.get(PowerTag.BLR_FV), dtSeconds);
        ode.feedwater = feedwater();
        ode.loadPu = Math.max(0, load.megawatts(time)) / p.ratedMw();
        int steps = (int) Math.ceil(dtSeconds / MAX_STEP_SECONDS - 1e-9);
        for (int i = 0; i < steps; i++) {
            rk4.step(ode, y, dtSeconds / steps);
        }
        y[UnitOde.SPEED] = Math.max(-1, y[UnitOde.SPEED]);
        y[UnitOde.PRESSURE] = Math.max(0, y[UnitOde.PRESSURE]);
        time += dtSeconds;
        peakSpeed = Math.max(peakSpeed, 1 + y[UnitOde.SPEED]);
        checkOverspeed();
    }

    private double feedwater() {
        return p.maxFeedwater() * feedValve.value() / 100;
    }

    private void checkOverspeed() {
        if (damage == null && 1 + y[UnitOde.SPEED] >= p.overspeedDamage()) {
            damage = String.format(Locale.ROOT,
                    "turbine T1 destroyed by overspeed: %.0f r/min (%.0f %% of rated, mechanical limit %.0f %%);"
                            + " last-stage blades shed, rotor damaged",
                    p.ratedRpm() * (1 + y[UnitOde.SPEED]), 100 * (1 + y[UnitOde.SPEED]), 100 * p.overspeedDamage());
        }
    }

    /** Highest speed reached so far, pu of rated. */
    double peakSpeed() {
        return peakSpeed;
    }

    private boolean areaLost() {
        return !ode.generatorClosed && !ode.tieClosed;
    }

    @Override
    public double trueValue(TagKey fieldTag) {
        PowerTag tag = PowerTag.of(fieldTag);
        double speed = 1 + y[UnitOde.SPEED];
        return switch (tag) {
            case GEN_FT, PROT_FT -> p.nominalHz() * speed;
            case TURB_ST, PROT_ST -> p.ratedRpm() * speed;
            case GEN_PT, PROT_PT -> p.ratedMw() * ode.electricalPower(y);
            case TIE_PT -> p.ratedMw() * (ode.generatorClosed ? ode.tieFlow(y) : ode.tieClosed ? -ode.loadPu : 0);
            case AREA_PT -> p.ratedMw() * (areaLost() ? 0
                    : ode.generatorClosed ? ode.loadPu + p.loadDamping() * y[UnitOde.SPEED] : ode.loadPu);
            case BLR_PT -> y[UnitOde.PRESSURE];
            case BLR_LT -> y[UnitOde.WATER] / p.drumLevelMass();
            case BLR_FT -> ode.steamFlow(y);
            case BLR_FFW -> ode.feedwater;
            case GEN_CB -> ode.generatorClosed ? 1 : 0;
            case AREA_LOST -> areaLost() ? 1 : 0;
            case TURB_XS -> damage != null ? 1 : 0;
            case FUEL_PT, PROT_FPT -> fuelPressure;
            case FUEL_FT -> fuel.flow(ode.firingCommandMw);
            // the AVR holds rated voltage, the V/Hz limiter lowers it below 95 % speed (IEEE C37.102, 4.5.4);
            // the protection trip opens the field breaker
            case GEN_VT -> ode.turbineTripped ? 0 : 100 * Math.min(1, 1.05 * Math.max(0, speed));
            default -> throw new IllegalArgumentException(tag.def().name() + " is not a field signal");
        };
    }

    @Override
    public Optional<String> damage() {
        return Optional.ofNullable(damage);
    }
}
