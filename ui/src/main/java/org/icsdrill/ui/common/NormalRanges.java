package org.icsdrill.ui.common;

import java.util.HashMap;
import java.util.Map;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;

/**
 * The normal ranges of a plant's tags, as the server publishes them: the alarm limits on each tag
 * node (ADR 3), read once when the console browses, like the rest of an HMI's tag configuration.
 */
public final class NormalRanges {

    private NormalRanges() {
    }

    /** By tag id ({@code chemical.R1.TT101}); tags without alarm limits are absent. */
    public static Map<String, NormalRange> declared(PlantInfo plant) {
        Map<String, NormalRange> result = new HashMap<>();
        for (TagInfo tag : plant.tags()) {
            if (tag.normal() != NormalRange.NONE) {
                result.put(tag.id(), tag.normal());
            }
        }
        return result;
    }
}
