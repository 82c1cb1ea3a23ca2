package org.icsdrill.core.plant;

import java.util.Optional;
import org.icsdrill.core.tag.TagKey;

/** The physics of one plant: the true state, advanced by the simulation thread each tick. */
public interface PhysicalProcess {

    /** Advances the true state by {@code dtSeconds} with the actuators as the control system drives them. */
    void advance(double dtSeconds, ProcessIo actuators);

    /** The true physical value behind a field tag, before its instrument. */
    double trueValue(TagKey fieldTag);

    /** The consequence model's verdict: a description of the damage once the plant is damaged. */
    Optional<String> damage();
}
