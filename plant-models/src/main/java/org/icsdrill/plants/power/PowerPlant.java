package org.icsdrill.plants.power;

import java.util.Optional;
import java.util.List;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.core.plant.BoundaryInput;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.PlantCalendar;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.plant.PlantTitle;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagKey;

/**
 * The power plant: a 500 MW drum-boiler steam unit with a reheat turbine, governor droop and AGC, feeding
 * a grid area tied to a stiff neighbouring grid; unit protection relays with their own transducers.
 * Starts steady at 400 MW with the tie at its schedule (0 MW).
 *
 * <p>The load follows the plant calendar (hour, weekday, season) from 400 MW at plant time 0. Load variation
 * is deterministic: {@link LoadProfile#daily} with the seed given here (default
 * {@link #DEFAULT_LOAD_SEED}), independent of the kernel's seed, which drives only instrument noise.
 */
public final class PowerPlant implements PlantModel {

    public static final String ID = "power";
    private static final MimicLayout MIMIC = PowerMimic.layout();
    public static final long DEFAULT_LOAD_SEED = 20110311L;
    /** The boiler's fuel: the city gas network's pressure at the unit's inlet ({@link FuelGas}). */
    public static final BoundaryInput FUEL_GAS_PRESSURE = new BoundaryInput("fuel_gas_pressure",
            "Fuel gas pressure at the unit's inlet (absolute)", org.icsdrill.core.tag.EngineeringUnit.BAR,
            FuelGas.STANDARD.designPressure());

    private final PowerParameters parameters;
    /** The load of a calendar. */
    private final java.util.function.Function<PlantCalendar, LoadProfile> load;
    private final TagCatalog tags;

    /** East Japan: 50 Hz, the default daily load profile. */
    public PowerPlant() {
        this(50);
    }

    /** @param nominalHz 50 (East Japan) or 60 (West Japan) */
    public PowerPlant(double nominalHz) {
        this.parameters = PowerParameters.standard(nominalHz);
        this.load = calendar -> LoadProfile.daily(OperatingPoint.DESIGN.loadMw(), 40, 3, DEFAULT_LOAD_SEED, calendar);
        this.tags = PowerTag.catalog(nominalHz);
    }

    /** The same load whatever the calendar (tests). */
    public PowerPlant(double nominalHz, LoadProfile load) {
        this.parameters = PowerParameters.standard(nominalHz);
        this.load = calendar -> load;
        this.tags = PowerTag.catalog(nominalHz);
    }

    public PowerParameters parameters() {
        return parameters;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Power station";
    }

    @Override
    public String description() {
        return "500 MW steam turbine-generator on a " + (int) parameters.nominalHz() + " Hz grid area: swing"
                + " equation, reheat turbine, governor droop, AGC on the area control error, drum boiler with"
                + " pressure and level control; protection trips on overspeed, over/under-frequency and reverse power.";
    }

    @Override
    public Optional<PlantTitle> title(String language) {
        return "ja".equals(language) ? Optional.of(new PlantTitle("発電所",
                "系統周波数 " + (int) parameters.nominalHz() + " Hz の 500 MW 蒸気タービン発電機：動揺方程式、再熱タービン、"
                + "ガバナ調定率、地域制御誤差による AGC、圧力・水位制御付きドラムボイラ。過速度、周波数上昇・低下、"
                + "逆電力で保護トリップ。")) : Optional.empty();
    }

    @Override
    public TagCatalog tags() {
        return tags;
    }

    @Override
    public TagKey tripState() {
        return PowerTag.PROT_TRIP;
    }

    @Override
    public Optional<TagKey> safetyReset() {
        return Optional.of(PowerTag.PROT_RESET);
    }

    /** On {@link PlantCalendar#DEFAULT}. */
    @Override
    public PhysicalProcess createProcess() {
        return createProcess(PlantCalendar.DEFAULT);
    }

    @Override
    public PhysicalProcess createProcess(PlantCalendar calendar) {
        return new PowerProcess(parameters, load.apply(calendar), OperatingPoint.DESIGN);
    }

    @Override
    public List<BoundaryInput> inputs() {
        return List.of(FUEL_GAS_PRESSURE);
    }

    @Override
    public ControlProgram createControlProgram() {
        return new PowerPlc(parameters);
    }

    @Override
    public ControlProgram createSafetyProgram() {
        return new PowerProtection(parameters);
    }

    @Override
    public Optional<MimicLayout> mimic() {
        return Optional.of(MIMIC);
    }
}
