package org.icsdrill.plants.chemical;

import java.util.List;
import java.util.Optional;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.core.plant.BoundaryInput;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.plant.PlantTitle;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagKey;
import org.icsdrill.plants.common.ElectricalSupply;

/**
 * The chemical plant: an exothermic CSTR (Seborg et al., Table 2.3) with a cooling jacket, feed pump,
 * level and pressure, a relief valve, its PLC program and its safety system. Starts at the book's
 * steady state (T = 350 K, cA = 0.5 mol/L).
 */
public final class ChemicalPlant implements PlantModel {

    public static final String ID = "chemical";
    private static final MimicLayout MIMIC = ChemicalMimic.layout();
    private static final TagCatalog TAGS = TagCatalog.fromEnum(ChemicalTag.class);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Chemical reactor";
    }

    @Override
    public String description() {
        return "Exothermic CSTR (A -> B) with cooling jacket, feed pump, level and pressure control, relief valve;"
                + " the SIS cuts the feed and forces full cooling on high-high temperature or pressure.";
    }

    @Override
    public Optional<PlantTitle> title(String language) {
        return "ja".equals(language) ? Optional.of(new PlantTitle("化学反応プラント",
                "発熱反応の CSTR（A → B）：冷却ジャケット、原料ポンプ、液位・圧力制御、安全弁。"
                + "温度または圧力の高高で SIS が原料を遮断し、冷却を全開にする。")) : Optional.empty();
    }

    @Override
    public TagCatalog tags() {
        return TAGS;
    }

    @Override
    public TagKey tripState() {
        return ChemicalTag.SIS_TRIP;
    }

    @Override
    public Optional<TagKey> safetyReset() {
        return Optional.of(ChemicalTag.SIS_RESET);
    }

    @Override
    public PhysicalProcess createProcess() {
        return new ChemicalProcess(CstrParameters.SEBORG, EquipmentParameters.STANDARD, OperatingPoint.DESIGN);
    }

    /** The site bus: its voltage and frequency ({@link ElectricalSupply}). */
    @Override
    public List<BoundaryInput> inputs() {
        return List.of(ElectricalSupply.BUS_VOLTAGE, ElectricalSupply.BUS_FREQUENCY);
    }

    @Override
    public ControlProgram createControlProgram() {
        return new ChemicalPlc();
    }

    @Override
    public ControlProgram createSafetyProgram() {
        return new ChemicalSis();
    }

    @Override
    public Optional<MimicLayout> mimic() {
        return Optional.of(MIMIC);
    }
}
