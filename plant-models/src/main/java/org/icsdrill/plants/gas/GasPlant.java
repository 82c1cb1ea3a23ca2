package org.icsdrill.plants.gas;

import java.util.Optional;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.PlantCalendar;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.plant.PlantTitle;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagKey;

/**
 * The gas plant: a compressor station whose centrifugal compressor runs on a variable-frequency drive
 * (nominal 1064 Hz, maximum 1410 Hz: the Stuxnet analogue), a pipeline section with line pack, a
 * pressure-regulating station with slam-shut and relief valves, odorant injection and a city demand.
 *
 * <p>The demand's random variation comes from its own seeded stream, created afresh by each
 * {@link #createProcess()}: two plants built with the same demand seed see the same demand, whatever
 * the simulation's seed (which drives the instrument noise).
 */
public final class GasPlant implements PlantModel {

    public static final String ID = "gas";
    private static final MimicLayout MIMIC = GasMimic.layout();
    /** The demand seed of the default plant. */
    public static final long DEFAULT_DEMAND_SEED = 0x6A5L;
    private static final TagCatalog TAGS = TagCatalog.fromEnum(GasTag.class);

    private final long demandSeed;

    public GasPlant() {
        this(DEFAULT_DEMAND_SEED);
    }

    public GasPlant(long demandSeed) {
        this.demandSeed = demandSeed;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "City gas supply";
    }

    @Override
    public String description() {
        return "Compressor station (VFD-driven centrifugal compressor with anti-surge recycle), pipeline line pack,"
                + " pressure-regulating station with slam-shut and relief valves, odorant injection;"
                + " the SIS trips the compressor on overspeed or vibration and slams shut on overpressure.";
    }

    @Override
    public Optional<PlantTitle> title(String language) {
        return "ja".equals(language) ? Optional.of(new PlantTitle("都市ガス供給",
                "圧縮機ステーション（インバータ駆動の遠心圧縮機、アンチサージ再循環）、導管網のラインパック、"
                + "緊急遮断弁と安全弁付きの整圧所、付臭剤注入。SIS は過速度・振動で圧縮機をトリップし、"
                + "過圧で緊急遮断弁を閉じる。")) : Optional.empty();
    }

    @Override
    public TagCatalog tags() {
        return TAGS;
    }

    @Override
    public TagKey tripState() {
        return GasTag.SIS_TRIP;
    }

    @Override
    public Optional<TagKey> safetyReset() {
        return Optional.of(GasTag.SIS_RESET);
    }

    /** Both trips at once: the drive loses its run permissive and the slam-shut valve closes. */
    @Override
    public void emergencyShutdown(ControllerMemory memory) {
        memory.set(GasTag.SIS_XS201, false);
        memory.set(GasTag.SIS_XV301, false);
    }

    @Override
    public PhysicalProcess createProcess() {
        return createProcess(PlantCalendar.DEFAULT);
    }

    /** The demand follows the calendar from the design flow at plant time 0 ({@link DemandProfile}). */
    @Override
    public PhysicalProcess createProcess(PlantCalendar calendar) {
        return new GasProcess(GasParameters.STANDARD, GasOperatingPoint.DESIGN, demandSeed, calendar);
    }

    @Override
    public ControlProgram createControlProgram() {
        return new GasPlc();
    }

    @Override
    public ControlProgram createSafetyProgram() {
        return new GasSis();
    }

    @Override
    public Optional<MimicLayout> mimic() {
        return Optional.of(MIMIC);
    }
}
