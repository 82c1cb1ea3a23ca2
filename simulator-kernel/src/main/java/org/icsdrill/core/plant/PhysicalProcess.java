package org.icsdrill.core.plant;

import java.util.Optional;
import org.icsdrill.core.tag.TagKey;

/** The physics of one plant: the true state, advanced by the simulation thread each tick. */
public interface PhysicalProcess {

    /** Advances the true state by {@code dtSeconds} with the actuators as the control system drives them. */
    void advance(double dtSeconds, ProcessIo actuators);

    /** The true physical value behind a field tag, before its instrument. */
    double trueValue(TagKey fieldTag);

    /**
     * Sets one of the plant's boundary inputs ({@link PlantModel#inputs()}), held from the next
     * {@link #advance} on until set again; simulation thread only. A plant that declares no inputs has none.
     */
    default void setInput(BoundaryInput input, double value) {
        throw new IllegalArgumentException("this plant has no input '" + input.name() + "'");
    }

    /** The consequence model's verdict: a description of the damage once the plant is damaged. */
    Optional<String> damage();
}
