package org.icsdrill.ui;

import java.util.List;
import org.icsdrill.api.MimicJson;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKind;
import org.icsdrill.plants.Plants;
import org.icsdrill.ui.opcua.NormalRange;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.icsdrill.ui.opcua.TagType;

/**
 * Plants as the console would browse them, made from the tag declarations without a server (ADR 3:
 * REAL tags have an EURange, measurements an InstrumentRange, field signals are never writable) and
 * with their mimics as the server publishes them (through their JSON), for view-model tests that feed
 * hand-made samples.
 */
public final class DeclaredPlants {

    private DeclaredPlants() {
    }

    public static PlantInfo plant(String id) {
        PlantModel model = Plants.create(id);
        List<TagInfo> tags = model.tags().all().stream().map(def -> info(id, def)).toList();
        return new PlantInfo(id, id, tags, model.mimic().map(mimic -> MimicJson.read(MimicJson.write(mimic))));
    }

    private static TagInfo info(String plantId, TagDef def) {
        TagType type = switch (def.type()) {
            case REAL -> TagType.REAL;
            case BOOL -> TagType.BOOL;
            case UINT16 -> TagType.UINT16;
        };
        boolean real = def.type() == DataType.REAL;
        return new TagInfo(plantId + "." + def.name(), plantId, def.name(), def.description(), type,
                real ? def.unit().symbol() : "", real ? def.range().min() : Double.NaN,
                real ? def.range().max() : Double.NaN, def.kind() == TagKind.MEASUREMENT,
                def.access().isWritable() && !def.field(), normal(def.alarms()));
    }

    /** What the server publishes as the tag's alarm-limit properties, as the console reads them. */
    private static NormalRange normal(AlarmLimits limits) {
        if (!limits.isDefined()) {
            return NormalRange.NONE;
        }
        if (limits.isDiscrete()) {
            return new NormalRange(Double.NaN, Double.NaN, limits.alarmState());
        }
        return NormalRange.between(Double.isNaN(limits.low()) ? limits.lowLow() : limits.low(),
                Double.isNaN(limits.high()) ? limits.highHigh() : limits.high());
    }

    /** A good sample of {@code tag}: Double for REAL, Boolean for BOOL, Integer for UINT16. */
    public static TagSample sample(PlantInfo plant, String tag, Object value) {
        TagInfo info = plant.tag(tag).orElseThrow();
        Object typed = switch (info.type()) {
            case REAL -> ((Number) value).doubleValue();
            case BOOL -> value instanceof Boolean b ? b : ((Number) value).doubleValue() != 0;
            case UINT16 -> ((Number) value).intValue();
        };
        return new TagSample(info.id(), typed, "Good", true, SimulatorFixture.START);
    }

    /** The last usable value of {@code tag}: nothing has updated it for a while (a blinded SCADA path). */
    public static TagSample stale(PlantInfo plant, String tag, Object value) {
        TagSample good = sample(plant, tag, value);
        return new TagSample(good.tagId(), good.value(), "Uncertain_LastUsableValue", false, SimulatorFixture.START);
    }

    public static TagSample bad(PlantInfo plant, String tag) {
        return new TagSample(plant.tag(tag).orElseThrow().id(), null, "Bad_SensorFailure", false, SimulatorFixture.START);
    }
}
