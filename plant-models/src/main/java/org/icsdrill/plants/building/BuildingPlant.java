package org.icsdrill.plants.building;

import java.util.List;
import java.util.Optional;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.BoundaryInput;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.PlantCalendar;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.plant.PlantTitle;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagKey;
import org.icsdrill.plants.common.ElectricalSupply;

/**
 * The office building: four zones (room air and building mass) with radiators, an air-handling unit, a
 * boiler and a chiller, doors and a fire alarm interface; safety functions on their own sensors. It runs on
 * the plant calendar: Tokyo's weather for the date and hour ({@link Weather#tokyo}), office hours on
 * weekdays 08:00 to 19:00 local time. It starts steady at the outside temperature of plant time 0, occupied
 * or not as the calendar says, with the zones at 21 °C.
 *
 * <p>The weather's random variation comes from the seed given here (default {@link #DEFAULT_WEATHER_SEED}),
 * independent of the kernel's seed, which drives only instrument noise.
 */
public final class BuildingPlant implements PlantModel {

    public static final String ID = "building";
    private static final MimicLayout MIMIC = BuildingMimic.layout();
    public static final long DEFAULT_WEATHER_SEED = 20240122L;
    private static final TagCatalog TAGS = TagCatalog.fromEnum(BuildingTag.class);

    private final BuildingParameters parameters;
    /** The weather of a calendar. */
    private final java.util.function.Function<PlantCalendar, Weather> weather;

    /** Tokyo's weather on the run's calendar. */
    public BuildingPlant() {
        this.parameters = BuildingParameters.STANDARD;
        this.weather = calendar -> Weather.tokyo(calendar, DEFAULT_WEATHER_SEED);
    }

    /** The same weather whatever the calendar (tests). */
    public BuildingPlant(Weather weather) {
        this.parameters = BuildingParameters.STANDARD;
        this.weather = calendar -> weather;
    }

    public BuildingParameters parameters() {
        return parameters;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Office building";
    }

    @Override
    public String description() {
        return "Four-zone office with radiators, air-handling unit (VFD fan, heating and cooling coils, economiser),"
                + " boiler and chiller, door access and fire alarm; freeze-stat, boiler high-limit and fire shutdown.";
    }

    @Override
    public Optional<PlantTitle> title(String language) {
        return "ja".equals(language) ? Optional.of(new PlantTitle("オフィスビル",
                "4 ゾーンのオフィス：放熱器、空調機（インバータ駆動ファン、温水・冷水コイル、外気冷房）、"
                + "ボイラと冷凍機、入退室管理と火災報知。凍結防止サーモ、ボイラ高温リミット、火災時停止。")) : Optional.empty();
    }

    @Override
    public TagCatalog tags() {
        return TAGS;
    }

    @Override
    public TagKey tripState() {
        return BuildingTag.SIS_TRIP;
    }

    @Override
    public Optional<TagKey> safetyReset() {
        return Optional.of(BuildingTag.SIS_RESET);
    }

    /** The building's shutdown is the fire shutdown: AHU stopped, dampers shut, doors released. */
    @Override
    public void emergencyShutdown(ControllerMemory memory) {
        memory.set(BuildingTag.SIS_FSD, true);
    }

    /** On {@link PlantCalendar#DEFAULT}. */
    @Override
    public PhysicalProcess createProcess() {
        return createProcess(PlantCalendar.DEFAULT);
    }

    @Override
    public PhysicalProcess createProcess(PlantCalendar calendar) {
        Weather outside = weather.apply(calendar);
        Schedule schedule = new Schedule(calendar);
        return new BuildingProcess(parameters, outside, schedule,
                OperatingPoint.of(parameters, outside.outsideTemperature(0), schedule.occupied(0)));
    }

    /** The site bus: its voltage and frequency ({@link ElectricalSupply}). */
    @Override
    public List<BoundaryInput> inputs() {
        return List.of(ElectricalSupply.BUS_VOLTAGE, ElectricalSupply.BUS_FREQUENCY);
    }

    /** On {@link PlantCalendar#DEFAULT}. */
    @Override
    public ControlProgram createControlProgram() {
        return createControlProgram(PlantCalendar.DEFAULT);
    }

    @Override
    public ControlProgram createControlProgram(PlantCalendar calendar) {
        return new BuildingPlc(new Schedule(calendar));
    }

    @Override
    public ControlProgram createSafetyProgram() {
        return new BuildingSafety();
    }

    @Override
    public Optional<MimicLayout> mimic() {
        return Optional.of(MIMIC);
    }
}
