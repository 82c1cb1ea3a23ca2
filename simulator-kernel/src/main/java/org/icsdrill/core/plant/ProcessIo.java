package org.icsdrill.core.plant;

import org.icsdrill.core.tag.TagKey;

/**
 * What the physics may read from the control system: actuator commands (outputs) and states that
 * drive final elements (a safety trip). Reading anything else would let the physics see set points
 * it cannot know.
 */
public interface ProcessIo {
    double get(TagKey key);

    default boolean isOn(TagKey key) {
        return get(key) >= 0.5;
    }
}
