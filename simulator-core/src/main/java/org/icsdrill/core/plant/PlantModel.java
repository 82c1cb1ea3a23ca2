package org.icsdrill.core.plant;

import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagKey;

/**
 * The plant SPI: everything the kernel needs to run a plant, and nothing about protocols. The
 * kernel wires the layers (instruments, PLC, safety system, actuators, physics, network view) so
 * that attacks and faults can be placed at any layer from outside the plant's classes.
 */
public interface PlantModel {

    /** Short lowercase id used on the command line and in tag paths, such as {@code chemical}. */
    String id();

    String displayName();

    String description();

    TagCatalog tags();

    /** The state tag that the safety system latches when it trips. */
    TagKey tripState();

    PhysicalProcess createProcess();

    /** A fresh copy of the golden PLC program. */
    ControlProgram createControlProgram();

    /** A fresh copy of the safety instrumented system's program, on its own sensors. */
    ControlProgram createSafetyProgram();
}
