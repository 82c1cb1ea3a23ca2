package org.icsdrill.ui.common;

import java.util.HashMap;
import java.util.Map;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.plants.Plants;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;

/**
 * The normal ranges of a plant's tags, from the alarm limits in the plant's tag declarations: the
 * HMI's configuration, generated from the same declaration as the address space, as a SCADA
 * database is from the I/O list. Live values still come only over OPC UA (ADR 8).
 *
 * <p>A declaration is used only while it describes the tag the server has (same EURange), so a
 * server built from other declarations shows EURange limits only, never wrong bands.
 */
public final class NormalRanges {

    private NormalRanges() {
    }

    /** By tag id ({@code chemical.R1.TT101}); tags without alarm limits, or unknown plants, are absent. */
    public static Map<String, NormalRange> declared(PlantInfo plant) {
        Map<String, NormalRange> result = new HashMap<>();
        if (!Plants.ids().contains(plant.id())) {
            return result;
        }
        for (TagDef def : Plants.create(plant.id()).tags().all()) {
            plant.tag(def.name()).filter(tag -> sameRange(tag, def)).ifPresent(tag -> {
                NormalRange range = of(def.alarms());
                if (range != NormalRange.NONE) {
                    result.put(tag.id(), range);
                }
            });
        }
        return result;
    }

    static NormalRange of(AlarmLimits limits) {
        if (!limits.isDefined()) {
            return NormalRange.NONE;
        }
        if (limits.isDiscrete()) {
            return new NormalRange(Double.NaN, Double.NaN, limits.alarmState());
        }
        double low = Double.isNaN(limits.low()) ? limits.lowLow() : limits.low();
        double high = Double.isNaN(limits.high()) ? limits.highHigh() : limits.high();
        return NormalRange.between(low, high);
    }

    private static boolean sameRange(TagInfo tag, TagDef def) {
        return !tag.hasRange() || (tag.low() == def.range().min() && tag.high() == def.range().max());
    }
}
