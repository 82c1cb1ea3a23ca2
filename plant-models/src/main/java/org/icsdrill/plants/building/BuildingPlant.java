package org.icsdrill.plants.building;

import java.util.Optional;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagKey;

/**
 * The office building: four RC zones with radiators, an air-handling unit, a boiler and a chiller, doors
 * and a fire alarm interface; safety functions on their own sensors. Starts steady in office hours
 * (Monday 10:00) in winter with 6 °C outside.
 *
 * <p>The weather's random variation comes from the seed given here (default {@link #DEFAULT_WEATHER_SEED}),
 * independent of the kernel's seed, which drives only instrument noise.
 */
public final class BuildingPlant implements PlantModel {

    public static final String ID = "building";
    public static final long DEFAULT_WEATHER_SEED = 20240122L;
    private static final TagCatalog TAGS = TagCatalog.fromEnum(BuildingTag.class);

    private final BuildingParameters parameters;
    private final Weather weather;

    /** Winter: 4 °C daily mean, ±4 K (6 °C at the 10:00 start). */
    public BuildingPlant() {
        this(Weather.winter(4, 4, DEFAULT_WEATHER_SEED));
    }

    public BuildingPlant(Weather weather) {
        this.parameters = BuildingParameters.STANDARD;
        this.weather = weather;
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

    @Override
    public PhysicalProcess createProcess() {
        return new BuildingProcess(parameters, weather, OperatingPoint.DESIGN);
    }

    @Override
    public ControlProgram createControlProgram() {
        return new BuildingPlc();
    }

    @Override
    public ControlProgram createSafetyProgram() {
        return new BuildingSafety();
    }
}
